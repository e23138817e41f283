package io.orderflow.logistics.internal.jpa;

import io.orderflow.logistics.api.LineQuantities;
import io.orderflow.logistics.internal.domain.LineProgress;
import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Embeddable;

/** An order line with its shipping quantities. */
@Embeddable
public class OrderLineEmbeddable {

    @Column(name = "LINE_NO")
    private int lineNo;
    @Column(name = "PRODUCT_CODE")
    private String productCode;
    @Column(name = "SPECIFICATION")
    private String specification;
    @Column(name = "UNIT")
    private String unit;
    @Column(name = "ORDERED")
    private BigDecimal ordered;
    @Column(name = "PLANNED")
    private BigDecimal planned;
    @Column(name = "SHIPPED")
    private BigDecimal shipped;
    @Column(name = "CLOSED")
    private BigDecimal closed;

    protected OrderLineEmbeddable() {
    }

    OrderLineEmbeddable(int lineNo, String productCode, String specification, String unit, BigDecimal ordered) {
        this.lineNo = lineNo;
        this.productCode = productCode;
        this.specification = specification;
        this.unit = unit;
        this.ordered = ordered;
        this.planned = BigDecimal.ZERO;
        this.shipped = BigDecimal.ZERO;
        this.closed = BigDecimal.ZERO;
    }

    public int lineNo() {
        return lineNo;
    }

    public String productCode() {
        return productCode;
    }

    public String specification() {
        return specification;
    }

    public String unit() {
        return unit;
    }

    public LineProgress progress() {
        return new LineProgress(lineNo, ordered, planned, shipped, closed);
    }

    void progress(LineProgress progress) {
        planned = progress.planned();
        shipped = progress.shipped();
        closed = progress.closed();
    }

    LineQuantities toRecord() {
        LineProgress p = progress();
        return new LineQuantities(lineNo, productCode, normal(ordered), normal(planned), normal(shipped),
                normal(closed), normal(p.open()));
    }

    /** A quantity without the column's trailing zeros: 60, not 60.0000. */
    static BigDecimal normal(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
