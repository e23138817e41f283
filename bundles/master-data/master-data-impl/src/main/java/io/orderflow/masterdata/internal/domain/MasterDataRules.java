package io.orderflow.masterdata.internal.domain;

import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.ItemIdKind;
import io.orderflow.masterdata.api.OrgMember;
import io.orderflow.masterdata.api.PartnerItem;
import io.orderflow.masterdata.api.PartnerLocation;
import io.orderflow.masterdata.api.Product;
import io.orderflow.masterdata.api.Region;
import io.orderflow.platform.api.Address;
import io.orderflow.platform.api.PaymentTerms;
import io.orderflow.platform.api.ProductCode;
import io.orderflow.platform.api.error.ForbiddenException;
import io.orderflow.platform.api.error.Problems;
import io.orderflow.platform.api.security.Actor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a customer, product, region or partner table row needs before it is stored, every problem reported at once;
 * and who may write.
 */
public final class MasterDataRules {

    public static final int MAX_PACK_SIZE = 100_000;
    /** The longest partner item number or location code: a GTIN-14 or a GLN fits with room to spare. */
    public static final int MAX_PARTNER_KEY = 48;

    private static final Pattern ID = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");
    private static final Pattern REGION = Pattern.compile("[A-Z][A-Z_]{0,39}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern TAX_CLASS = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");
    /** The EDI gateway's rule for a partner profile's name. */
    private static final Pattern PARTNER = Pattern.compile("[A-Za-z0-9_-]{1,35}");
    /** An X12 unit of measure (355) such as CA or EA, or an EDIFACT one (6411) such as PCE. */
    private static final Pattern PARTNER_UNIT = Pattern.compile("[A-Za-z0-9]{2,3}");
    /** A Karaf user name as the organisation table takes it. */
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Pattern UPC = Pattern.compile("\\d{12}");
    private static final Pattern GTIN = Pattern.compile("\\d{8}|\\d{12,14}");

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
        if (customer.customerGroup() != null && !ID.matcher(customer.customerGroup()).matches()) {
            problems.add("customerGroup", "must be 1-40 upper-case letters, digits, '-' or '_', e.g. RETAIL, or left"
                    + " out for none");
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

    /**
     * @param products whether a product of this code exists
     * @throws io.orderflow.platform.api.error.ValidationException listing every problem
     */
    public static void check(PartnerItem item, Predicate<String> products) {
        Problems problems = new Problems();
        checkPartner(item.partner(), problems);
        if (item.kind() == null) {
            problems.add("kind", "is required: BUYER_ITEM, VENDOR_PART, UPC or GTIN");
        }
        if (checkPartnerKey("partnerItem", item.partnerItem(), problems)) {
            if (item.kind() == ItemIdKind.UPC && !UPC.matcher(item.partnerItem()).matches()) {
                problems.add("partnerItem", "a UPC must be 12 digits");
            } else if (item.kind() == ItemIdKind.GTIN && !GTIN.matcher(item.partnerItem()).matches()) {
                problems.add("partnerItem", "a GTIN must be 8, 12, 13 or 14 digits");
            }
        }
        if (problems.requireText("productCode", item.productCode())) {
            if (!ProductCode.isValid(item.productCode())) {
                problems.add("productCode", "must be 1-40 upper-case letters, digits, '.', '_' or '-'");
            } else if (!products.test(item.productCode())) {
                problems.add("productCode", "no product " + item.productCode());
            }
        }
        if (item.partnerUnit() != null && !PARTNER_UNIT.matcher(item.partnerUnit()).matches()) {
            problems.add("partnerUnit", "must be 2-3 letters or digits such as CA, or left out for the product's unit");
        }
        if (item.packSize() < 1 || item.packSize() > MAX_PACK_SIZE) {
            problems.add("packSize", "must be 1 to " + MAX_PACK_SIZE + ": the product's units in one partner unit");
        }
        problems.throwIfAny();
    }

    /**
     * @param customers whether a customer of this id exists
     * @throws io.orderflow.platform.api.error.ValidationException listing every problem
     */
    public static void check(PartnerLocation location, Predicate<String> customers) {
        Problems problems = new Problems();
        checkPartner(location.partner(), problems);
        checkPartnerKey("code", location.code(), problems);
        if (problems.requireText("customerId", location.customerId()) && !customers.test(location.customerId())) {
            problems.add("customerId", "no customer " + location.customerId());
        }
        problems.checkCharacters("name", location.name(), false);
        problems.limitLength("name", location.name(), 200);
        if (location.deliveryAddress() != null) {
            checkAddress("deliveryAddress", location.deliveryAddress(), problems);
        }
        problems.throwIfAny();
    }

    /**
     * A row of the organisation table on its own; whether it closes a cycle is {@link #cycle}'s question.
     *
     * @throws io.orderflow.platform.api.error.ValidationException listing every problem
     */
    public static void check(OrgMember member) {
        Problems problems = new Problems();
        if (problems.requireText("user", member.user()) && !USER.matcher(member.user()).matches()) {
            problems.add("user", "must be a user name: 1-100 letters, digits, '.', '-' or '_'");
        }
        if (problems.requireText("department", member.department())) {
            problems.limitLength("department", member.department(), 100);
            problems.checkCharacters("department", member.department(), false);
        }
        if (member.manager() != null) {
            if (!USER.matcher(member.manager()).matches()) {
                problems.add("manager", "must be a user name: 1-100 letters, digits, '.', '-' or '_', or left out for"
                        + " the top of the organisation");
            } else if (member.manager().equals(member.user())) {
                problems.add("manager", "no one is their own manager");
            }
        }
        problems.throwIfAny();
    }

    /**
     * The cycle that giving {@code user} the manager {@code manager} would make, walking up from the manager.
     *
     * @param managerOf each other user's manager as the table has it, null for none or no row
     * @return the cycle from {@code user} back to {@code user}, e.g. {@code [ann, bob, ann]}; empty when none
     */
    public static List<String> cycle(String user, String manager, Function<String, String> managerOf) {
        List<String> path = new ArrayList<>(List.of(user));
        Set<String> seen = new HashSet<>(path);
        for (String next = manager; next != null; next = managerOf.apply(next)) {
            path.add(next);
            if (next.equals(user)) {
                return path;
            }
            if (!seen.add(next)) {
                return List.of(); // a loop above that user's reach was refused when it was made; never followed twice
            }
        }
        return List.of();
    }

    /** The problem of a cycle, for field {@code manager}. */
    public static String cycleProblem(List<String> cycle) {
        return "would make a cycle of managers: " + String.join(" → ", cycle);
    }

    /**
     * Partner tables, and each kind of master data, have a role that writes them; admin administering the
     * installation and the system's own work (demo data, say) may write them too.
     *
     * @param step what is being done, for the refusal, e.g. "changing partner tables"
     * @throws ForbiddenException naming the role when the actor may not
     */
    public static void requireWriter(Actor actor, String role, String step) {
        if (actor != Actor.SYSTEM && actor.actingRole(role) == null) {
            throw new ForbiddenException(step + " takes the role " + role);
        }
    }

    private static void checkPartner(String partner, Problems problems) {
        if (problems.requireText("partner", partner) && !PARTNER.matcher(partner).matches()) {
            problems.add("partner", "must be the partner profile's name: 1-35 letters, digits, '_' or '-'");
        }
    }

    /** A partner's own number or code: taken as sent, so only what could not be matched is refused. */
    private static boolean checkPartnerKey(String field, String value, Problems problems) {
        if (!problems.requireText(field, value)) {
            return false;
        }
        problems.limitLength(field, value, MAX_PARTNER_KEY);
        problems.checkCharacters(field, value, false);
        if (!value.strip().equals(value)) {
            problems.add(field, "must not start or end with a space");
        }
        return problems.isEmptyFor(field);
    }

    private static void checkAddress(String at, Address address, Problems problems) {
        problems.limitLength(at + ".line1", address.line1(), 200);
        problems.limitLength(at + ".line2", address.line2(), 200);
        problems.limitLength(at + ".city", address.city(), 100);
        problems.limitLength(at + ".postalCode", address.postalCode(), 20);
    }
}
