package io.orderflow.production.internal.jpa;

import io.orderflow.production.api.MaterialInfo;
import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(schema = "PRODUCTION", name = "MATERIAL")
public class MaterialEntity {

    @Id
    @Column(name = "CODE")
    private String code;
    @Column(name = "NAME")
    private String name;
    @Column(name = "ON_HAND")
    private BigDecimal onHand;
    @Column(name = "LEAD_TIME_DAYS")
    private int leadTimeDays;

    protected MaterialEntity() {
    }

    public MaterialEntity(MaterialInfo info) {
        this.code = info.code();
        update(info);
    }

    public void update(MaterialInfo info) {
        name = info.name();
        onHand = info.onHand();
        leadTimeDays = info.leadTimeDays();
    }

    /** Used in production; the stock never goes below zero (a count corrects what the books missed). */
    public void consume(BigDecimal quantity) {
        onHand = onHand.subtract(quantity).max(BigDecimal.ZERO);
    }

    /** A purchase arrived. */
    public void receive(BigDecimal quantity) {
        onHand = onHand.add(quantity);
    }

    public MaterialInfo toRecord() {
        return new MaterialInfo(code, name, Decimals.plain(onHand), leadTimeDays);
    }
}
