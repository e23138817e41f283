package io.orderflow.aftersales.internal.jpa;

import io.orderflow.aftersales.api.UnmatchedReceipt;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** Goods received into quarantine without an RMA. */
@Entity
@Table(schema = "AFTER_SALES", name = "UNMATCHED_RECEIPT")
public class UnmatchedReceiptEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;
    @Column(name = "WAREHOUSE")
    private String warehouse;
    @Column(name = "PRODUCT_CODE")
    private String productCode;
    @Column(name = "QUANTITY")
    private BigDecimal quantity;
    @Column(name = "NOTE")
    private String note;
    @Column(name = "RECEIVED_BY")
    private String receivedBy;
    @Column(name = "RECEIVED_AT")
    private Timestamp at;

    protected UnmatchedReceiptEntity() {
    }

    public UnmatchedReceiptEntity(String warehouse, String productCode, BigDecimal quantity, String note,
                                  String receivedBy, Instant at) {
        this.warehouse = warehouse;
        this.productCode = productCode;
        this.quantity = quantity;
        this.note = note;
        this.receivedBy = receivedBy;
        this.at = Timestamp.from(at);
    }

    public UnmatchedReceipt toReceipt() {
        return new UnmatchedReceipt(id, warehouse, productCode, quantity, note, receivedBy, at.toInstant());
    }
}
