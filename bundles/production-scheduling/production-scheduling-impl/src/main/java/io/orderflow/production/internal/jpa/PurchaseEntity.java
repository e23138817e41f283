package io.orderflow.production.internal.jpa;

import io.orderflow.production.api.Purchase;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(schema = "PRODUCTION", name = "PURCHASE")
public class PurchaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "MATERIAL_CODE")
    private String materialCode;
    @Column(name = "QUANTITY")
    private BigDecimal quantity;
    @Column(name = "EXPECTED_ARRIVAL")
    private LocalDate expectedArrival;
    @Column(name = "CONFIRMED")
    private boolean confirmed;

    protected PurchaseEntity() {
    }

    public PurchaseEntity(String materialCode, BigDecimal quantity, LocalDate plannedArrival) {
        this.materialCode = materialCode;
        this.quantity = quantity;
        this.expectedArrival = plannedArrival;
    }

    public void arrives(LocalDate date) {
        expectedArrival = date;
        confirmed = true;
    }

    public String materialCode() {
        return materialCode;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public Purchase toRecord() {
        return new Purchase(id, materialCode, Decimals.plain(quantity), expectedArrival, confirmed);
    }
}
