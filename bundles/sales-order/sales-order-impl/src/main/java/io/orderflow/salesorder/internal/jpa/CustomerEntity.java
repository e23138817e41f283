package io.orderflow.salesorder.internal.jpa;

import io.orderflow.salesorder.api.Contact;
import io.orderflow.salesorder.api.Customer;
import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(schema = "SALES_ORDER", name = "CUSTOMER")
public class CustomerEntity implements MasterDataEntity<Customer> {

    @Id
    @Column(name = "ID")
    private String id;
    @Column(name = "NAME")
    private String name;
    @Column(name = "REGION")
    private String region;
    @Column(name = "CONTACT_NAME")
    private String contactName;
    @Column(name = "CONTACT_PHONE")
    private String contactPhone;
    @Column(name = "CONTACT_EMAIL")
    private String contactEmail;
    @Column(name = "CREDIT_LIMIT")
    private BigDecimal creditLimit;
    @Column(name = "CREDIT_CURRENCY")
    private String creditCurrency;
    @Column(name = "PAYMENT_TERMS")
    private String paymentTerms;

    protected CustomerEntity() {
    }

    public CustomerEntity(String id) {
        this.id = id;
    }

    @Override
    public void update(Customer c) {
        name = c.name();
        region = c.region();
        Contact contact = c.contact() == null ? new Contact(null, null, null) : c.contact();
        contactName = contact.name();
        contactPhone = contact.phone();
        contactEmail = contact.email();
        creditLimit = c.creditLimit().amount();
        creditCurrency = c.creditLimit().currency();
        paymentTerms = c.paymentTerms();
    }

    @Override
    public Customer toRecord() {
        return new Customer(id, name, region, new Contact(contactName, contactPhone, contactEmail),
                Amounts.money(creditLimit, creditCurrency), paymentTerms);
    }
}
