package io.orderflow.aftersales.internal.jpa;

import io.orderflow.aftersales.api.CustomerReturn;
import io.orderflow.aftersales.internal.domain.LineProgress;
import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Embeddable;

/** A returned order line and how far it got. */
@Embeddable
public class ReturnLineEmbeddable {

    @Column(name = "LINE_NO")
    private int lineNo;
    @Column(name = "PRODUCT_CODE")
    private String productCode;
    @Column(name = "QUANTITY")
    private BigDecimal quantity;
    @Column(name = "RECEIVED")
    private BigDecimal received;
    @Column(name = "INSPECTED")
    private BigDecimal inspected;
    @Column(name = "REMEDIED")
    private BigDecimal remedied;
    @Column(name = "DONE")
    private BigDecimal done;

    protected ReturnLineEmbeddable() {
    }

    public ReturnLineEmbeddable(int lineNo, String productCode, BigDecimal quantity) {
        this.lineNo = lineNo;
        this.productCode = productCode;
        this.quantity = quantity;
        this.received = BigDecimal.ZERO;
        this.inspected = BigDecimal.ZERO;
        this.remedied = BigDecimal.ZERO;
        this.done = BigDecimal.ZERO;
    }

    public int lineNo() {
        return lineNo;
    }

    public String productCode() {
        return productCode;
    }

    public LineProgress progress() {
        return new LineProgress(quantity, received, inspected, remedied, done);
    }

    void received(BigDecimal more) {
        received = received.add(more);
    }

    void inspected(BigDecimal more) {
        inspected = inspected.add(more);
    }

    void remedied(BigDecimal more) {
        remedied = remedied.add(more);
    }

    void done(BigDecimal more) {
        done = done.add(more);
    }

    /** What is to come back is what came: the rest will not. */
    void cutToReceived() {
        quantity = received;
    }

    CustomerReturn.Line toLine() {
        return new CustomerReturn.Line(lineNo, productCode, quantity, received, inspected, remedied, done);
    }
}
