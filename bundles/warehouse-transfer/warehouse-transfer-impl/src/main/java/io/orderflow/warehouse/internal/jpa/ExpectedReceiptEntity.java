package io.orderflow.warehouse.internal.jpa;

import io.orderflow.warehouse.api.ExpectedReceipt;
import io.orderflow.warehouse.api.ReceiptNotice;
import io.orderflow.warehouse.api.ReceiptSource;
import io.orderflow.warehouse.internal.domain.Quantities;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(schema = "WAREHOUSE", name = "EXPECTED_RECEIPT")
public class ExpectedReceiptEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "WAREHOUSE_CODE")
    private String warehouseCode;
    @Column(name = "PRODUCT_CODE")
    private String productCode;
    @Column(name = "QUANTITY")
    private BigDecimal quantity;
    @Column(name = "OPEN_QUANTITY")
    private BigDecimal open;
    @Column(name = "EXPECTED_ON")
    private LocalDate expectedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "SOURCE")
    private ReceiptSource source;
    @Column(name = "REFERENCE")
    private String reference;

    protected ExpectedReceiptEntity() {
    }

    public ExpectedReceiptEntity(ReceiptNotice notice) {
        this.warehouseCode = notice.warehouse();
        this.productCode = notice.product();
        this.quantity = notice.quantity();
        this.open = notice.quantity();
        this.expectedOn = notice.expectedOn();
        this.source = notice.source();
        this.reference = notice.reference();
    }

    /** Lowers what is open by a receipt; returns what of {@code received} was left over for other notices. */
    public BigDecimal receive(BigDecimal received) {
        BigDecimal taken = received.min(open);
        open = open.subtract(taken);
        return received.subtract(taken);
    }

    public ExpectedReceipt toRecord() {
        return new ExpectedReceipt(id, warehouseCode, productCode, Quantities.normal(quantity), Quantities.normal(open),
                expectedOn, source, reference);
    }
}
