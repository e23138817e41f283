package io.orderflow.masterdata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.ItemIdKind;
import io.orderflow.masterdata.api.MasterDataImportService.Kind;
import io.orderflow.masterdata.api.PartnerItem;
import io.orderflow.masterdata.api.PartnerLocation;
import io.orderflow.masterdata.api.OrgMember;
import io.orderflow.masterdata.api.PartnerTables;
import io.orderflow.masterdata.api.Product;
import io.orderflow.masterdata.api.Region;
import io.orderflow.platform.api.Address;
import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ForbiddenException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.testkit.InMemoryDepartment;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Master data's persistence on an in-memory Derby ({@link InMemoryDepartment}): the shipped {@code db/MASTER_DATA}
 * migrations, the real unit, and the services built through their constructors, each with its own
 * {@link MasterDataDatabase}.
 */
class MasterDataPersistenceTest {

    private static final Actor MANAGER = new Actor("mia", Set.of(Roles.SALES_MANAGER));
    private static final Actor INTEGRATION = new Actor("ivy", Set.of(Roles.INTEGRATION));
    private static final Actor ADMIN = new Actor("root", Set.of(Roles.ADMIN));
    private static final Product LED_LAMP = new Product("LED-LAMP", "LED lamp", "PCS", Money.of("25.00", "CNY"), 5,
            false, null);
    private static final Product DESK_LAMP = new Product("DESK-LAMP", "Desk lamp", "PCS", Money.of("60.50", "CNY"),
            7, true, null);
    private static final Address LEEDS = new Address("1 Kirkgate", null, "Leeds", "LS1 6BG", "GB");

    private final InMemoryDepartment derby = new InMemoryDepartment("orderflow-master-data");
    private final BusinessClock clock = BusinessClock.of(Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"),
            ZoneOffset.UTC));
    private final RegionServiceImpl regions = new RegionServiceImpl(derby.jpa(), derby.migrations(),
            derby.auditTrail(), clock);
    private final ProductServiceImpl products = new ProductServiceImpl(derby.jpa(), derby.migrations(),
            derby.auditTrail(), clock);
    private final CustomerServiceImpl customers = new CustomerServiceImpl(derby.jpa(), derby.migrations(),
            derby.auditTrail(), regions, clock);
    private final PartnerMappingServiceImpl partners = new PartnerMappingServiceImpl(derby.jpa(), derby.migrations(),
            derby.auditTrail(), products, customers, clock);
    private final OrganisationServiceImpl organisation = new OrganisationServiceImpl(derby.jpa(), derby.migrations(),
            derby.auditTrail(), clock);
    private final MasterDataImportServiceImpl imports = new MasterDataImportServiceImpl(derby.jpa(),
            derby.migrations(), customers, products, regions, partners, organisation);

    @AfterEach
    void dropDatabase() {
        derby.close();
    }

    @Test
    void aFileOfProductsIsKeptWithItsPricesAndAnAuditEntryPerRow() {
        assertEquals(2, imports.importCsv(Kind.PRODUCTS, "code,name,unit,listPrice,currency,minLeadTimeDays,"
                + "customAllowed\nLED-LAMP,LED lamp,pcs,25.00,CNY,5,no\nDESK-LAMP,Desk lamp,pcs,60.5,CNY,7,yes\n",
                MANAGER));

        Product desk = products.find("DESK-LAMP").orElseThrow();
        assertEquals(new Money(new BigDecimal("60.50"), "CNY"), desk.listPrice());
        assertEquals(7, desk.minLeadTimeDays());
        assertEquals(List.of("DESK-LAMP", "LED-LAMP"), products.list().stream().map(Product::code).sorted().toList());
        assertEquals(List.of("PRODUCT_SAVED", "PRODUCT_SAVED"),
                derby.audit().stream().map(AuditRecord::action).toList());
    }

    @Test
    void aFileWithOneBadRowSavesNoneOfIt() {
        // rows are counted as the lines of the file, the header being row 1
        ValidationException refused = assertThrows(ValidationException.class, () -> imports.importCsv(Kind.REGIONS,
                "code,name\nNORTH,North\nSOUTH,\n", MANAGER));

        assertEquals(List.of("row 3 name"), refused.problems().stream().map(FieldProblem::field).toList());
        assertEquals(List.of(), regions.list());
        assertEquals(List.of(), derby.audit());
    }

    @Test
    void aCustomersFileMayNameEachCustomersGroupAndAFileWithoutTheColumnStillImports() {
        regions.save(new Region("NORTH", "North"), MANAGER);
        String header = "id,name,region,contactName,contactPhone,contactEmail,creditLimit,currency,paymentTerms";
        assertEquals(1, imports.importCsv(Kind.CUSTOMERS, header + "\nCUST-A,Leeds Lighting,NORTH,,,,1000,GBP,NET30\n",
                MANAGER));
        assertEquals(null, customers.find("CUST-A").orElseThrow().customerGroup(), "no group");

        ValidationException refused = assertThrows(ValidationException.class, () -> imports.importCsv(Kind.CUSTOMERS,
                header + ",customerGroup\nCUST-A,Leeds Lighting,NORTH,,,,1000,GBP,NET30,PROJECT\n"
                        + "CUST-B,York Lamps,NORTH,,,,500,GBP,NET30,retail shops\n", MANAGER));
        assertEquals(List.of("row 3 customerGroup"), refused.problems().stream().map(FieldProblem::field).toList());
        assertEquals(null, customers.find("CUST-A").orElseThrow().customerGroup(), "the file kept whole or not at all");

        assertEquals(2, imports.importCsv(Kind.CUSTOMERS, header + ",customerGroup\n"
                + "CUST-A,Leeds Lighting,NORTH,,,,1000,GBP,NET30,PROJECT\nCUST-B,York Lamps,NORTH,,,,500,GBP,NET30,\n",
                MANAGER));
        assertEquals(Arrays.asList("PROJECT", null), customers.list().stream().map(Customer::customerGroup).toList());
    }

    @Test
    void aRegionSavedIsReadBackAndReplacedByCode() {
        regions.save(new Region("NORTH", "North"), MANAGER);
        regions.save(new Region("NORTH", "Northern region"), MANAGER);

        assertEquals(List.of(new Region("NORTH", "Northern region")), regions.list());
    }

    @Test
    void aPartnersItemsAreKeptReplacedByKeyAndRemovedEachAudited() {
        products.save(LED_LAMP, MANAGER);
        products.save(DESK_LAMP, MANAGER);
        partners.saveItem(new PartnerItem("ACME", ItemIdKind.UPC, "012345678905", "LED-LAMP", "CA", 12), INTEGRATION);
        partners.saveItem(new PartnerItem("ACME", ItemIdKind.BUYER_ITEM, "A-100", "DESK-LAMP", null, 1), INTEGRATION);
        partners.saveItem(new PartnerItem("ACME", ItemIdKind.UPC, "012345678905", "DESK-LAMP", "CA", 6), ADMIN);

        assertEquals(Optional.of(new PartnerItem("ACME", ItemIdKind.UPC, "012345678905", "DESK-LAMP", "CA", 6)),
                partners.item("ACME", ItemIdKind.UPC, "012345678905"));
        assertEquals(List.of("A-100", "012345678905"), partners.items("ACME").stream().map(PartnerItem::partnerItem)
                .toList());
        assertEquals(Optional.empty(), partners.item("ACME", ItemIdKind.GTIN, "012345678905"), "the kind is key");
        assertEquals(List.of(), partners.items("BETA"));

        assertTrue(partners.removeItem("ACME", ItemIdKind.UPC, "012345678905", INTEGRATION));
        assertFalse(partners.removeItem("ACME", ItemIdKind.UPC, "012345678905", INTEGRATION));
        assertEquals(List.of("A-100"), partners.items("ACME").stream().map(PartnerItem::partnerItem).toList());
        List<AuditRecord> partnerAudit = derby.audit().stream().filter(a -> a.action().startsWith("PARTNER"))
                .toList();
        assertEquals(List.of("PARTNER_ITEM_SAVED ACME UPC 012345678905 integration",
                "PARTNER_ITEM_SAVED ACME BUYER_ITEM A-100 integration", "PARTNER_ITEM_SAVED ACME UPC 012345678905 admin",
                "PARTNER_ITEM_REMOVED ACME UPC 012345678905 integration"), partnerAudit.stream()
                .map(a -> a.action() + " " + a.subject() + " " + a.role()).toList());
        assertEquals("product DESK-LAMP, unit CA, pack size 6", partnerAudit.get(3).details());
    }

    @Test
    void aPartnersLocationsAreKeptWithTheirAddressReplacedByCodeAndRemoved() {
        regions.save(new Region("NORTH", "North"), MANAGER);
        customers.save(customer("CUST-A", LEEDS), MANAGER);
        partners.saveLocation(new PartnerLocation("ACME", "1042", "CUST-A", "Store 1042 Leeds", null), INTEGRATION);
        partners.saveLocation(new PartnerLocation("ACME", "5012345000017", "CUST-A", null, LEEDS), INTEGRATION);
        partners.saveLocation(new PartnerLocation("ACME", "1042", "CUST-A", "Store 1042 Leeds Kirkgate", LEEDS),
                INTEGRATION);

        assertEquals(LEEDS, customers.find("CUST-A").orElseThrow().deliveryAddress());
        assertEquals(List.of(new PartnerLocation("ACME", "1042", "CUST-A", "Store 1042 Leeds Kirkgate", LEEDS),
                new PartnerLocation("ACME", "5012345000017", "CUST-A", null, LEEDS)), partners.locations("ACME"));
        assertTrue(partners.removeLocation("ACME", "5012345000017", INTEGRATION));
        assertFalse(partners.removeLocation("ACME", "5012345000017", INTEGRATION));
        assertEquals(Optional.empty(), partners.location("ACME", "5012345000017"));
        assertEquals(List.of("PARTNER_LOCATION_SAVED", "PARTNER_LOCATION_SAVED", "PARTNER_LOCATION_SAVED",
                "PARTNER_LOCATION_REMOVED"), derby.audit().stream().map(AuditRecord::action)
                .filter(action -> action.startsWith("PARTNER")).toList());
    }

    @Test
    void aPartnerItemsFileWithOneBadRowSavesNoneOfIt() {
        products.save(LED_LAMP, MANAGER);
        String header = "partner,kind,partnerItem,productCode,partnerUnit,packSize\n";
        ValidationException refused = assertThrows(ValidationException.class, () -> imports.importCsv(
                Kind.PARTNER_ITEMS, header + "ACME,upc,012345678905,LED-LAMP,CA,12\nACME,gtin,123,NO-SUCH,,0\n",
                INTEGRATION));

        assertEquals(Set.of("row 3 partnerItem", "row 3 productCode", "row 3 packSize"), refused.problems().stream()
                .map(FieldProblem::field).collect(Collectors.toSet()));
        assertEquals(List.of(), partners.items("ACME"));

        assertEquals(2, imports.importCsv(Kind.named("partner-items"), header
                + "ACME,upc,012345678905,LED-LAMP,CA,12\nACME,Vendor_Part,LED/LAMP,LED-LAMP,,\n", INTEGRATION));
        assertEquals(new PartnerItem("ACME", ItemIdKind.VENDOR_PART, "LED/LAMP", "LED-LAMP", null, 1),
                partners.item("ACME", ItemIdKind.VENDOR_PART, "LED/LAMP").orElseThrow(), "an empty packSize is 1");
    }

    @Test
    void aPartnerLocationsFileTakesTheAddressColumnsTogether() {
        regions.save(new Region("NORTH", "North"), MANAGER);
        customers.save(customer("CUST-A", null), MANAGER);
        String header = "partner,code,customer,name,deliveryLine1,deliveryLine2,deliveryCity,deliveryPostalCode,"
                + "deliveryCountry\n";
        ValidationException refused = assertThrows(ValidationException.class, () -> imports.importCsv(
                Kind.PARTNER_LOCATIONS, header + "ACME,1042,CUST-A,Leeds,,,Leeds,,GB\nACME,7,CUST-Z,,,,,,\n",
                INTEGRATION));
        assertEquals(List.of("row 2 deliveryAddress", "row 3 customerId"), refused.problems().stream()
                .map(FieldProblem::field).toList());

        assertEquals(2, imports.importCsv(Kind.named("PARTNER-LOCATIONS"), header
                + "ACME,1042,CUST-A,Store 1042 Leeds,1 Kirkgate,,Leeds,LS1 6BG,GB\nACME,7,CUST-A,,,,,,\n", ADMIN));
        assertEquals(List.of(LEEDS, "none"), partners.locations("ACME").stream()
                .map(l -> l.deliveryAddress() == null ? "none" : l.deliveryAddress()).toList());
    }

    @Test
    void partnerTablesAreWrittenByIntegrationAndCustomersByTheSalesManager() {
        products.save(LED_LAMP, MANAGER);
        PartnerItem item = new PartnerItem("ACME", ItemIdKind.BUYER_ITEM, "A-100", "LED-LAMP", null, 1);

        assertThrows(ForbiddenException.class, () -> partners.saveItem(item, MANAGER));
        assertThrows(ForbiddenException.class, () -> partners.removeItem("ACME", ItemIdKind.BUYER_ITEM, "A-100",
                MANAGER));
        assertThrows(ForbiddenException.class, () -> imports.importCsv(Kind.PARTNER_ITEMS,
                "partner,kind,partnerItem,productCode\nACME,BUYER_ITEM,A-100,LED-LAMP\n", MANAGER));
        assertThrows(ForbiddenException.class, () -> imports.importCsv(Kind.REGIONS, "code,name\nNORTH,North\n",
                INTEGRATION));
        assertEquals(List.of(), partners.items("ACME"));
        assertEquals(List.of(), regions.list());
    }

    @Test
    void partnersWithTablesAreListedByNameWithTheirCounts() {
        products.save(LED_LAMP, MANAGER);
        regions.save(new Region("NORTH", "North"), MANAGER);
        customers.save(customer("CUST-A", null), MANAGER);
        partners.saveItem(new PartnerItem("acme-eu", ItemIdKind.BUYER_ITEM, "A-1", "LED-LAMP", null, 1), INTEGRATION);
        partners.saveItem(new PartnerItem("acme-eu", ItemIdKind.BUYER_ITEM, "A-2", "LED-LAMP", null, 1), INTEGRATION);
        partners.saveLocation(new PartnerLocation("acme-eu", "1042", "CUST-A", null, null), INTEGRATION);
        partners.saveLocation(new PartnerLocation("BETA", "DC1", "CUST-A", null, null), INTEGRATION);

        assertEquals(List.of(new PartnerTables("BETA", 0, 1), new PartnerTables("acme-eu", 2, 1)),
                partners.partners());
    }

    @Test
    void theOrganisationIsPutByAdminListedByUserAndNeverMakesAnyoneTheirOwnManager() {
        organisation.put(new OrgMember("ann", "Sales South", "bob"), ADMIN);
        organisation.put(new OrgMember("bob", "Sales", "carl"), ADMIN);
        organisation.put(new OrgMember("carl", "Management", null), ADMIN);
        OrgMember moved = organisation.put(new OrgMember("ann", "Sales North", "bob"), ADMIN);

        assertEquals(List.of(moved, new OrgMember("bob", "Sales", "carl"), new OrgMember("carl", "Management", null)),
                organisation.list());
        assertEquals(Optional.of("bob"), organisation.find("ann").map(OrgMember::manager));
        assertEquals(List.of("ORG_MEMBER_SAVED ann admin"), derby.audit().stream().filter(a -> a.subject()
                .equals("ann")).map(a -> a.action() + " " + a.subject() + " " + a.role()).distinct().toList());

        assertEquals(List.of(new FieldProblem("manager", "would make a cycle of managers: carl → ann → bob → carl")),
                assertThrows(ValidationException.class, () -> organisation.put(new OrgMember("carl", "Management",
                        "ann"), ADMIN)).problems());
        assertEquals(List.of(new FieldProblem("manager", "no one is their own manager")), assertThrows(
                ValidationException.class, () -> organisation.put(new OrgMember("ann", "Sales", "ann"), ADMIN))
                .problems());
        assertEquals(List.of("user", "department"), assertThrows(ValidationException.class, () -> organisation.put(
                new OrgMember("ann smith", " ", "bob"), ADMIN)).problems().stream().map(FieldProblem::field).toList());
        assertThrows(ForbiddenException.class, () -> organisation.put(new OrgMember("dora", "Sales", "bob"),
                MANAGER));
        assertEquals(Optional.empty(), organisation.find("carl").map(OrgMember::manager), "the refused put kept none");
        assertEquals(3, organisation.list().size());
    }

    @Test
    void anOrganisationFileIsTakenWholeAndARowClosingACycleIsNamedWithItsRow() {
        organisation.put(new OrgMember("carl", "Management", null), ADMIN);
        String cyclic = "user,department,manager\nann,Sales South,bob\nbob,Sales,carl\ncarl,Management,ann\n";
        assertEquals(List.of(new FieldProblem("row 4 manager", "would make a cycle of managers: carl → ann → bob →"
                + " carl")), assertThrows(ValidationException.class, () -> imports.importCsv(Kind.ORGANISATION, cyclic,
                ADMIN)).problems());
        assertEquals(List.of(new OrgMember("carl", "Management", null)), organisation.list(), "none of it saved");
        assertThrows(ForbiddenException.class, () -> imports.importCsv(Kind.named("organisation"),
                "user,department,manager\nann,Sales,bob\n", MANAGER));

        assertEquals(3, imports.importCsv(Kind.named("organisation"), "user,department,manager\nann,Sales South,"
                + "bob\nbob,Sales,carl\ncarl,Management,\n", ADMIN));
        assertEquals(List.of(new OrgMember("ann", "Sales South", "bob"), new OrgMember("bob", "Sales", "carl"),
                new OrgMember("carl", "Management", null)), organisation.list());
    }

    private static Customer customer(String id, Address delivery) {
        return new Customer(id, "Leeds Lighting", "NORTH", null, null, Money.of("1000", "GBP"), "NET30", delivery,
                null, null);
    }
}
