package io.orderflow.finance.api;

import io.orderflow.platform.api.Contact;

/** An overdue invoice for collection, with whom to call at the customer (null while master data is away). */
public record Overdue(Ageing.OpenInvoice invoice, String customerName, Contact contact) {
}
