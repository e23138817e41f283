package io.orderflow.masterdata.internal.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.InvoiceTrigger;
import io.orderflow.masterdata.api.ItemIdKind;
import io.orderflow.masterdata.api.PartnerItem;
import io.orderflow.masterdata.api.PartnerLocation;
import io.orderflow.masterdata.api.Product;
import io.orderflow.masterdata.api.Region;
import io.orderflow.platform.api.Address;
import io.orderflow.platform.api.Contact;
import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ForbiddenException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MasterDataRulesTest {

    private static final Set<String> REGIONS = Set.of("SOUTH", "NORTH");

    private static Set<String> fields(Runnable check) {
        return assertThrows(ValidationException.class, check::run).problems().stream().map(FieldProblem::field)
                .collect(Collectors.toSet());
    }

    @Test
    void customersNeedIdNameAKnownRegionCreditLimitAndValidTerms() {
        assertDoesNotThrow(() -> MasterDataRules.check(new Customer("CUST-Z", "Zhuhai Lights", "SOUTH",
                new Contact(null, null, null), "zh", Money.of("0", "CNY"), "PREPAY_100",
                new Address("1 Harbour Road", null, "Zhuhai", "519000", "CN"), InvoiceTrigger.ON_SIGN_OFF, "PROJECT"), REGIONS));
        assertEquals(Set.of("id", "name", "region", "creditLimit", "paymentTerms"), fields(() -> MasterDataRules.check(
                new Customer(null, " ", null, null, null, null, null, null, null, null), REGIONS)));
        assertEquals(Set.of("id", "region", "language", "creditLimit.amount", "paymentTerms", "customerGroup"),
                fields(() -> MasterDataRules.check(new Customer("cust z", "Z", "south", null, "Chinese",
                        Money.of("-1", "CNY"), "SOON", null, null, "retail"), REGIONS)));
        assertEquals(Set.of("region"), fields(() -> MasterDataRules.check(new Customer("CUST-Z", "Z", "WEST", null,
                null, Money.of("1", "CNY"), "NET30", null, null, null), REGIONS)));
    }

    @Test
    void productsNeedCodeNameUnitPriceAndANonNegativeLeadTime() {
        assertDoesNotThrow(() -> MasterDataRules.check(new Product("LED-LAMP", "LED lamp", "PCS",
                Money.of("25.00", "CNY"), 3, false, "STANDARD")));
        assertEquals(Set.of("code", "name", "unit", "listPrice"),
                fields(() -> MasterDataRules.check(new Product(null, null, null, null, 0, false, null))));
        assertEquals(Set.of("code", "listPrice.amount", "minLeadTimeDays", "taxClass"), fields(() ->
                MasterDataRules.check(new Product("led lamp", "x", "PCS", Money.of("-1", "CNY"), -2, false, "low"))));
    }

    @Test
    void regionsNeedAnUpperCaseCodeAndAName() {
        assertDoesNotThrow(() -> MasterDataRules.check(new Region("SOUTH", "South China")));
        assertEquals(Set.of("code", "name"), fields(() -> MasterDataRules.check(new Region("south", null))));
    }

    private static final Set<String> PRODUCTS = Set.of("LED-LAMP");
    private static final Set<String> CUSTOMERS = Set.of("CUST-A");

    private static void checkItem(ItemIdKind kind, String partnerItem) {
        MasterDataRules.check(new PartnerItem("ACME", kind, partnerItem, "LED-LAMP", null, 1), PRODUCTS::contains);
    }

    private static Set<String> itemFields(ItemIdKind kind, String partnerItem) {
        return fields(() -> checkItem(kind, partnerItem));
    }

    @Test
    void aPartnerItemNeedsAProfileNameAKnownProductAUnitCodeAndAPackSizeInRange() {
        assertDoesNotThrow(() -> MasterDataRules.check(new PartnerItem("acme_EU-2", ItemIdKind.VENDOR_PART,
                "LED LAMP/12 #1", "LED-LAMP", "CA", 12), PRODUCTS::contains));
        assertDoesNotThrow(() -> MasterDataRules.check(new PartnerItem("A".repeat(35), ItemIdKind.BUYER_ITEM,
                "x".repeat(48), "LED-LAMP", null, MasterDataRules.MAX_PACK_SIZE), PRODUCTS::contains));
        assertEquals(Set.of("partner", "kind", "partnerItem", "productCode", "packSize"), fields(() ->
                MasterDataRules.check(new PartnerItem(null, null, " ", null, null, 0), PRODUCTS::contains)));
        assertEquals(Set.of("partner", "productCode", "partnerUnit", "packSize"), fields(() -> MasterDataRules.check(
                new PartnerItem("ACME EU", ItemIdKind.BUYER_ITEM, "A-1", "DESK-LAMP", "CASE", 100_001),
                PRODUCTS::contains)));
        assertEquals(Set.of("partner", "productCode", "partnerUnit"), fields(() -> MasterDataRules.check(
                new PartnerItem("A".repeat(36), ItemIdKind.BUYER_ITEM, "A-1", "led-lamp", "C", 1),
                PRODUCTS::contains)));
        assertEquals(Set.of("partnerUnit"), fields(() -> MasterDataRules.check(new PartnerItem("ACME",
                ItemIdKind.BUYER_ITEM, "A-1", "LED-LAMP", "C.A", 1), PRODUCTS::contains)));
    }

    @Test
    void aPartnersNumberIsASingleLineOfUpTo48CharactersTakenAsSent() {
        assertEquals(Set.of("partnerItem"), itemFields(ItemIdKind.BUYER_ITEM, "x".repeat(49)));
        assertEquals(Set.of("partnerItem"), itemFields(ItemIdKind.BUYER_ITEM, "A-1\u0007"));
        assertEquals(Set.of("partnerItem"), itemFields(ItemIdKind.BUYER_ITEM, "A-1\n"));
        assertEquals(Set.of("partnerItem"), itemFields(ItemIdKind.BUYER_ITEM, " A-1"));
    }

    @Test
    void aUpcHas12DigitsAndAGtin8_12_13Or14() {
        assertDoesNotThrow(() -> checkItem(ItemIdKind.UPC, "012345678905"));
        for (String gtin : new String[] {"96385074", "012345678905", "4006381333931", "10614141000415"}) {
            assertDoesNotThrow(() -> checkItem(ItemIdKind.GTIN, gtin), gtin);
        }
        for (String upc : new String[] {"01234567890", "0123456789050", "01234567890A", "０１２３４５６７８９０５"}) {
            assertEquals(Set.of("partnerItem"), itemFields(ItemIdKind.UPC, upc), upc);
        }
        for (String gtin : new String[] {"1234567", "123456789", "12345678901", "123456789012345", "4006381-33393"}) {
            assertEquals(Set.of("partnerItem"), itemFields(ItemIdKind.GTIN, gtin), gtin);
        }
        assertDoesNotThrow(() -> checkItem(ItemIdKind.BUYER_ITEM, "1234567"), "any number for other kinds");
    }

    @Test
    void aPartnerLocationNeedsACodeAndAKnownCustomer() {
        assertDoesNotThrow(() -> MasterDataRules.check(new PartnerLocation("ACME", "5012345000017", "CUST-A",
                "Store 1042 Leeds", new Address("1 Kirkgate", null, "Leeds", "LS1 6BG", "GB")), CUSTOMERS::contains));
        assertDoesNotThrow(() -> MasterDataRules.check(new PartnerLocation("ACME", "1042", "CUST-A", null, null),
                CUSTOMERS::contains));
        assertEquals(Set.of("partner", "code", "customerId"), fields(() -> MasterDataRules.check(
                new PartnerLocation(null, null, null, null, null), CUSTOMERS::contains)));
        assertEquals(Set.of("partner", "code", "customerId", "name", "deliveryAddress.city"), fields(() ->
                MasterDataRules.check(new PartnerLocation("ACME/EU", "x".repeat(49), "CUST-Z", "Store\t1042",
                        new Address("1 Kirkgate", null, "L".repeat(101), null, "GB")), CUSTOMERS::contains)));
        assertEquals(Set.of("code"), fields(() -> MasterDataRules.check(new PartnerLocation("ACME", "1042\u202e",
                "CUST-A", null, null), CUSTOMERS::contains)));
    }

    @Test
    void integrationOrAdminWritesPartnerTablesAndTheSystemItsOwnData() {
        assertDoesNotThrow(() -> MasterDataRules.requireWriter(new Actor("ivy", Set.of(Roles.INTEGRATION)),
                Roles.INTEGRATION, "changing a partner table"));
        assertDoesNotThrow(() -> MasterDataRules.requireWriter(new Actor("root", Set.of(Roles.ADMIN)),
                Roles.INTEGRATION, "changing a partner table"));
        assertDoesNotThrow(() -> MasterDataRules.requireWriter(Actor.SYSTEM, Roles.INTEGRATION,
                "changing a partner table"));
        ForbiddenException refused = assertThrows(ForbiddenException.class, () -> MasterDataRules.requireWriter(
                new Actor("mia", Set.of(Roles.SALES_MANAGER)), Roles.INTEGRATION, "changing a partner table"));
        assertEquals("changing a partner table takes the role integration", refused.getMessage());
        assertThrows(ForbiddenException.class, () -> MasterDataRules.requireWriter(new Actor("system", Set.of()),
                Roles.INTEGRATION, "changing a partner table"), "only the system's own actor, not its name");
    }
}
