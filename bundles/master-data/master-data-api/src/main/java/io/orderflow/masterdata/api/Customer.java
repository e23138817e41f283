package io.orderflow.masterdata.api;

import io.orderflow.platform.api.Address;
import io.orderflow.platform.api.Contact;
import io.orderflow.platform.api.Money;

/**
 * A customer. Fields are checked by {@link CustomerService#save}, not here, so that every problem can be reported at
 * once.
 *
 * @param id              e.g. {@code CUST-A}
 * @param name            the company name
 * @param region          the code of its sales region ({@link Region}), e.g. {@code SOUTH}
 * @param contact         the usual contact person
 * @param language        the language it is written to, an ISO 639-1 code such as {@code zh}; null for the default
 * @param creditLimit     the most this customer may owe, in its currency
 * @param paymentTerms    standard terms, e.g. {@code NET30}
 * @param deliveryAddress where it usually takes deliveries; may be null
 * @param invoiceTrigger  when it is invoiced; null means {@link InvoiceTrigger#ON_SHIPMENT}
 * @param customerGroup   the group finance posts its receivable by, e.g. {@code RETAIL}; null for none
 */
public record Customer(String id, String name, String region, Contact contact, String language, Money creditLimit,
                       String paymentTerms, Address deliveryAddress, InvoiceTrigger invoiceTrigger,
                       String customerGroup) {
}
