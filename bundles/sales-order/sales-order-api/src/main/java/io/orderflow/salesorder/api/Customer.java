package io.orderflow.salesorder.api;

import io.orderflow.platform.api.Money;

/**
 * A customer, as master data. Fields are checked by {@link CustomerService#save}, not here, so that every problem
 * can be reported at once.
 *
 * @param id           e.g. {@code CUST-A}
 * @param name         the company name
 * @param region       the sales region, e.g. {@code SOUTH}
 * @param contact      the usual contact person
 * @param creditLimit  the most this customer may owe
 * @param paymentTerms standard terms, e.g. {@code NET30}
 */
public record Customer(String id, String name, String region, Contact contact, Money creditLimit, String paymentTerms) {
}
