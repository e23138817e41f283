package io.orderflow.salesorder.internal.domain;

import io.orderflow.platform.api.ProductCode;
import io.orderflow.salesorder.api.Contact;
import io.orderflow.salesorder.api.Customer;
import io.orderflow.salesorder.api.PaymentTerms;
import io.orderflow.salesorder.api.Product;

/** What a customer or product record needs before it is stored; every problem is reported at once. */
public final class MasterDataRules {

    private MasterDataRules() {
    }

    /** @throws io.orderflow.platform.api.error.ValidationException listing every problem */
    public static void check(Customer customer) {
        Problems problems = new Problems();
        if (problems.requireText("id", customer.id()) && !customer.id().matches("[A-Z0-9][A-Z0-9_-]{0,39}")) {
            problems.add("id", "must be 1-40 upper-case letters, digits, '-' or '_'");
        }
        problems.requireText("name", customer.name());
        problems.limitLength("name", customer.name(), 200);
        if (problems.requireText("region", customer.region()) && !customer.region().matches("[A-Z][A-Z_]{0,39}")) {
            problems.add("region", "must be upper-case letters, e.g. SOUTH");
        }
        if (customer.creditLimit() == null) {
            problems.add("creditLimit", "is required");
        } else if (customer.creditLimit().isNegative()) {
            problems.add("creditLimit.amount", "must not be negative");
        } else {
            problems.fitsAmountColumn("creditLimit.amount", customer.creditLimit().amount());
        }
        if (customer.contact() != null) {
            checkContact("contact", customer.contact(), problems);
        }
        if (problems.requireText("paymentTerms", customer.paymentTerms())) {
            try {
                PaymentTerms.parse(customer.paymentTerms());
            } catch (IllegalArgumentException e) {
                problems.add("paymentTerms", "must be PREPAY_100, PREPAY_<1-99>, PAY_BEFORE_SHIPMENT or NET<days>");
            }
        }
        problems.throwIfAny();
    }

    /** The lengths a contact's fields may have, wherever a contact is given. */
    static void checkContact(String at, Contact contact, Problems problems) {
        problems.limitLength(at + ".name", contact.name(), 100);
        problems.limitLength(at + ".phone", contact.phone(), 40);
        problems.limitLength(at + ".email", contact.email(), 200);
    }

    /** @throws io.orderflow.platform.api.error.ValidationException listing every problem */
    public static void check(Product product) {
        Problems problems = new Problems();
        if (problems.requireText("code", product.code()) && !ProductCode.isValid(product.code())) {
            problems.add("code", "must be 1-40 upper-case letters, digits, '.', '_' or '-'");
        }
        problems.requireText("name", product.name());
        problems.limitLength("name", product.name(), 200);
        if (problems.requireText("unit", product.unit())) {
            problems.limitLength("unit", product.unit(), 10);
        }
        if (product.listPrice() == null) {
            problems.add("listPrice", "is required");
        } else if (product.listPrice().isNegative()) {
            problems.add("listPrice.amount", "must not be negative");
        } else {
            problems.fitsAmountColumn("listPrice.amount", product.listPrice().amount());
        }
        if (product.minLeadTimeDays() < 0) {
            problems.add("minLeadTimeDays", "must not be negative");
        }
        problems.throwIfAny();
    }
}
