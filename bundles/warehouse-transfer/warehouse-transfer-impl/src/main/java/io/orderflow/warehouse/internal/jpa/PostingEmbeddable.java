package io.orderflow.warehouse.internal.jpa;

import io.orderflow.warehouse.internal.domain.Bucket;
import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

/** One quantity a move changes. */
@Embeddable
public class PostingEmbeddable {

    @Column(name = "WAREHOUSE_CODE")
    private String warehouseCode;
    @Column(name = "PRODUCT_CODE")
    private String productCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "BUCKET")
    private Bucket bucket;
    @Column(name = "DELTA")
    private BigDecimal delta;

    protected PostingEmbeddable() {
    }

    PostingEmbeddable(String warehouseCode, String productCode, Bucket bucket, BigDecimal delta) {
        this.warehouseCode = warehouseCode;
        this.productCode = productCode;
        this.bucket = bucket;
        this.delta = delta;
    }
}
