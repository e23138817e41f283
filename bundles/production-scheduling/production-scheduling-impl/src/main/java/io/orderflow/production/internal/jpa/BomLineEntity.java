package io.orderflow.production.internal.jpa;

import io.orderflow.production.api.BillLine;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@Entity
@IdClass(BomLineEntity.Key.class)
@Table(schema = "PRODUCTION", name = "BOM_LINE")
public class BomLineEntity {

    /** The id of a bill line: product and material. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String productCode;
        private String materialCode;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && productCode.equals(key.productCode)
                    && materialCode.equals(key.materialCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(productCode, materialCode);
        }
    }

    @Id
    @Column(name = "PRODUCT_CODE")
    private String productCode;
    @Id
    @Column(name = "MATERIAL_CODE")
    private String materialCode;
    @Column(name = "QUANTITY_PER_UNIT")
    private BigDecimal quantityPerUnit;

    protected BomLineEntity() {
    }

    public BomLineEntity(String productCode, BillLine line) {
        this.productCode = productCode;
        this.materialCode = line.material();
        this.quantityPerUnit = line.quantityPerUnit();
    }

    public String productCode() {
        return productCode;
    }

    public BillLine toRecord() {
        return new BillLine(materialCode, Decimals.plain(quantityPerUnit));
    }
}
