package io.orderflow.masterdata.internal.jpa;

import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.InvoiceTrigger;
import io.orderflow.platform.api.Address;
import io.orderflow.platform.api.Contact;
import io.orderflow.platform.api.Money;
import java.math.BigDecimal;
import javax.persistence.Column;
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
    @Column(name = "DELIVERY_LINE1")
    private String deliveryLine1;
    @Column(name = "DELIVERY_LINE2")
    private String deliveryLine2;
    @Column(name = "DELIVERY_CITY")
    private String deliveryCity;
    @Column(name = "DELIVERY_POSTAL_CODE")
    private String deliveryPostalCode;
    @Column(name = "DELIVERY_COUNTRY")
    private String deliveryCountry;
    @Enumerated(EnumType.STRING)
    @Column(name = "INVOICE_TRIGGER")
    private InvoiceTrigger invoiceTrigger;

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
        Address address = c.deliveryAddress();
        deliveryLine1 = address == null ? null : address.line1();
        deliveryLine2 = address == null ? null : address.line2();
        deliveryCity = address == null ? null : address.city();
        deliveryPostalCode = address == null ? null : address.postalCode();
        deliveryCountry = address == null ? null : address.country();
        invoiceTrigger = c.invoiceTrigger() == null ? InvoiceTrigger.ON_SHIPMENT : c.invoiceTrigger();
    }

    @Override
    public Customer toRecord() {
        return new Customer(id, name, region, new Contact(contactName, contactPhone, contactEmail), language,
                Money.ofStored(creditLimit, creditCurrency), paymentTerms, deliveryLine1 == null ? null
                : new Address(deliveryLine1, deliveryLine2, deliveryCity, deliveryPostalCode, deliveryCountry),
                invoiceTrigger);
    }
}
