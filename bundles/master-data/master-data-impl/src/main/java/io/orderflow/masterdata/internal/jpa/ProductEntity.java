package io.orderflow.masterdata.internal.jpa;

import io.orderflow.masterdata.api.Product;
import io.orderflow.platform.api.Money;
import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(schema = "MASTER_DATA", name = "PRODUCT")
public class ProductEntity implements MasterDataEntity<Product> {

    static final String STANDARD_TAX = "STANDARD";

    @Id
    @Column(name = "CODE")
    private String code;
    @Column(name = "NAME")
    private String name;
    @Column(name = "UNIT")
    private String unit;
    @Column(name = "LIST_PRICE")
    private BigDecimal listPrice;
    @Column(name = "CURRENCY")
    private String currency;
    @Column(name = "MIN_LEAD_TIME_DAYS")
    private int minLeadTimeDays;
    @Column(name = "CUSTOM_ALLOWED")
    private boolean customAllowed;
    @Column(name = "TAX_CLASS")
    private String taxClass;

    protected ProductEntity() {
    }

    public ProductEntity(String code) {
        this.code = code;
    }

    @Override
    public void update(Product p) {
        name = p.name();
        unit = p.unit();
        listPrice = p.listPrice().amount();
        currency = p.listPrice().currency();
        minLeadTimeDays = p.minLeadTimeDays();
        customAllowed = p.customAllowed();
        taxClass = p.taxClass() == null ? STANDARD_TAX : p.taxClass();
    }

    @Override
    public Product toRecord() {
        return new Product(code, name, unit, Money.ofStored(listPrice, currency), minLeadTimeDays, customAllowed,
                taxClass);
    }
}
