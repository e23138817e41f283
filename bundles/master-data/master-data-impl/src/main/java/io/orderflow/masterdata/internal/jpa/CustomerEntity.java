package io.orderflow.masterdata.internal.jpa;

import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.InvoiceTrigger;
import io.orderflow.platform.api.Contact;
import io.orderflow.platform.api.Money;
import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(schema = "MASTER_DATA", name = "CUSTOMER")
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
    @Column(name = "LANGUAGE")
    private String language;
    @Column(name = "CREDIT_LIMIT")
    private BigDecimal creditLimit;
    @Column(name = "CREDIT_CURRENCY")
    private String creditCurrency;
    @Column(name = "PAYMENT_TERMS")
    private String paymentTerms;
    @Embedded
    private DeliveryColumns delivery;
    @Enumerated(EnumType.STRING)
    @Column(name = "INVOICE_TRIGGER")
    private InvoiceTrigger invoiceTrigger;
    @Column(name = "CUSTOMER_GROUP")
    private String customerGroup;

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
        language = c.language();
        creditLimit = c.creditLimit().amount();
        creditCurrency = c.creditLimit().currency();
        paymentTerms = c.paymentTerms();
        delivery = DeliveryColumns.of(c.deliveryAddress());
        invoiceTrigger = c.invoiceTrigger() == null ? InvoiceTrigger.ON_SHIPMENT : c.invoiceTrigger();
        customerGroup = c.customerGroup();
    }

    @Override
    public Customer toRecord() {
        return new Customer(id, name, region, new Contact(contactName, contactPhone, contactEmail), language,
                Money.ofStored(creditLimit, creditCurrency), paymentTerms, DeliveryColumns.address(delivery),
                invoiceTrigger, customerGroup);
    }
}
