package io.orderflow.aftersales.internal.jpa;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Embeddable;

/** So much of a line received into quarantine by one receipt. */
@Embeddable
public class ReceiptLineEmbeddable {

    @Column(name = "RECEIPT_ID")
    private int receiptId;
    @Column(name = "LINE_NO")
    private int lineNo;
    @Column(name = "WAREHOUSE")
    private String warehouse;
    @Column(name = "QUANTITY")
    private BigDecimal quantity;
    @Column(name = "RECEIVED_BY")
    private String receivedBy;
    @Column(name = "RECEIVED_AT")
    private Timestamp at;

    protected ReceiptLineEmbeddable() {
    }

    ReceiptLineEmbeddable(int receiptId, int lineNo, String warehouse, BigDecimal quantity, String receivedBy,
                          Instant at) {
        this.receiptId = receiptId;
        this.lineNo = lineNo;
        this.warehouse = warehouse;
        this.quantity = quantity;
        this.receivedBy = receivedBy;
        this.at = Timestamp.from(at);
    }

    int receiptId() {
        return receiptId;
    }

    int lineNo() {
        return lineNo;
    }

    String warehouse() {
        return warehouse;
    }

    BigDecimal quantity() {
        return quantity;
    }

    String receivedBy() {
        return receivedBy;
    }

    Instant at() {
        return at.toInstant();
    }
}
