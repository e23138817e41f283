package io.orderflow.masterdata.internal.domain;

import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.Product;
import io.orderflow.masterdata.api.Region;
import io.orderflow.platform.api.Address;
import io.orderflow.platform.api.PaymentTerms;
import io.orderflow.platform.api.ProductCode;
import io.orderflow.platform.api.error.Problems;
import java.util.Set;
import java.util.regex.Pattern;

/** What a customer, product or region needs before it is stored; every problem is reported at once. */
public final class MasterDataRules {

    private static final Pattern ID = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");
    private static final Pattern REGION = Pattern.compile("[A-Z][A-Z_]{0,39}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern TAX_CLASS = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");

    private MasterDataRules() {
    }

    /**
     * @param regions the codes of the known regions: a customer belongs to one of them
     * @throws io.orderflow.platform.api.error.ValidationException listing every problem
     */
    public static void check(Customer customer, Set<String> regions) {
        Problems problems = new Problems();
        if (problems.requireText("id", customer.id()) && !ID.matcher(customer.id()).matches()) {
            problems.add("id", "must be 1-40 upper-case letters, digits, '-' or '_'");
        }
        problems.requireText("name", customer.name());
        problems.limitLength("name", customer.name(), 200);
        if (problems.requireText("region", customer.region())) {
            if (!REGION.matcher(customer.region()).matches()) {
                problems.add("region", "must be upper-case letters, e.g. SOUTH");
            } else if (!regions.contains(customer.region())) {
                problems.add("region", "no region " + customer.region() + "; known: " + regions);
            }
        }
        if (customer.contact() != null) {
            problems.checkContact("contact", customer.contact());
        }
        if (customer.language() != null && !LANGUAGE.matcher(customer.language()).matches()) {
            problems.add("language", "must be an ISO 639-1 code such as zh or en");
        }
        if (customer.creditLimit() == null) {
            problems.add("creditLimit", "is required");
        } else if (customer.creditLimit().isNegative()) {
            problems.add("creditLimit.amount", "must not be negative");
        } else {
            problems.fitsAmountColumn("creditLimit.amount", customer.creditLimit().amount());
        }
        if (problems.requireText("paymentTerms", customer.paymentTerms())) {
            try {
                PaymentTerms.parse(customer.paymentTerms());
            } catch (IllegalArgumentException e) {
                problems.add("paymentTerms", "must be PREPAY_100, PREPAY_<1-99>, PAY_BEFORE_SHIPMENT or NET<days>");
            }
        }
        if (customer.deliveryAddress() != null) {
            checkAddress("deliveryAddress", customer.deliveryAddress(), problems);
        }
        problems.throwIfAny();
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
        if (product.taxClass() != null && !TAX_CLASS.matcher(product.taxClass()).matches()) {
            problems.add("taxClass", "must be upper-case letters, digits or '_', e.g. STANDARD or REDUCED");
        }
        problems.throwIfAny();
    }

    /** @throws io.orderflow.platform.api.error.ValidationException listing every problem */
    public static void check(Region region) {
        Problems problems = new Problems();
        if (problems.requireText("code", region.code()) && !REGION.matcher(region.code()).matches()) {
            problems.add("code", "must be upper-case letters or '_', e.g. SOUTH");
        }
        problems.requireText("name", region.name());
        problems.limitLength("name", region.name(), 200);
        problems.throwIfAny();
    }

    private static void checkAddress(String at, Address address, Problems problems) {
        problems.limitLength(at + ".line1", address.line1(), 200);
        problems.limitLength(at + ".line2", address.line2(), 200);
        problems.limitLength(at + ".city", address.city(), 100);
        problems.limitLength(at + ".postalCode", address.postalCode(), 20);
    }
}
