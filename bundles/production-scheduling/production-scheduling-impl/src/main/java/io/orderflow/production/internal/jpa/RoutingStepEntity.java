package io.orderflow.production.internal.jpa;

import io.orderflow.production.api.RoutingStep;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@IdClass(RoutingStepEntity.Key.class)
@Table(schema = "PRODUCTION", name = "ROUTING_STEP")
public class RoutingStepEntity {

    /** The id of a routing step: product and sequence. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String productCode;
        private int sequence;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && productCode.equals(key.productCode) && sequence == key.sequence;
        }

        @Override
        public int hashCode() {
            return Objects.hash(productCode, sequence);
        }
    }

    @Id
    @Column(name = "PRODUCT_CODE")
    private String productCode;
    @Id
    @Column(name = "SEQ")
    private int sequence;
    @Column(name = "WORK_CENTRE")
    private String workCentre;
    @Column(name = "MINUTES_PER_UNIT")
    private BigDecimal minutesPerUnit;
    @Column(name = "SETUP_MINUTES")
    private int setupMinutes;

    protected RoutingStepEntity() {
    }

    public RoutingStepEntity(String productCode, RoutingStep step) {
        this.productCode = productCode;
        this.sequence = step.sequence();
        this.workCentre = step.workCentre();
        this.minutesPerUnit = step.minutesPerUnit();
        this.setupMinutes = step.setupMinutes();
    }

    public String productCode() {
        return productCode;
    }

    public RoutingStep toRecord() {
        return new RoutingStep(sequence, workCentre, Decimals.plain(minutesPerUnit), setupMinutes);
    }
}
