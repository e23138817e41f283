package io.orderflow.masterdata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.masterdata.api.MasterDataImportService.Kind;
import io.orderflow.masterdata.api.Product;
import io.orderflow.masterdata.api.Region;
import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.testkit.InMemoryDepartment;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Master data's persistence on an in-memory Derby ({@link InMemoryDepartment}): the shipped {@code db/MASTER_DATA}
 * migrations, the real unit, and the region, product and import services built through their constructors, each
 * with its own {@link MasterDataDatabase}.
 */
class MasterDataPersistenceTest {

    private static final Actor MANAGER = new Actor("mia", Set.of(Roles.SALES_MANAGER));

    private final InMemoryDepartment derby = new InMemoryDepartment("orderflow-master-data");
    private final BusinessClock clock = BusinessClock.of(Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"),
            ZoneOffset.UTC));
    private final RegionServiceImpl regions = new RegionServiceImpl(derby.jpa(), derby.migrations(),
            derby.auditTrail(), clock);
    private final ProductServiceImpl products = new ProductServiceImpl(derby.jpa(), derby.migrations(),
            derby.auditTrail(), clock);
    private final MasterDataImportServiceImpl imports = new MasterDataImportServiceImpl(derby.jpa(),
            derby.migrations(), new CustomerServiceImpl(derby.jpa(), derby.migrations(), derby.auditTrail(), regions,
            clock), products, regions);

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
    void aRegionSavedIsReadBackAndReplacedByCode() {
        regions.save(new Region("NORTH", "North"), MANAGER);
        regions.save(new Region("NORTH", "Northern region"), MANAGER);

        assertEquals(List.of(new Region("NORTH", "Northern region")), regions.list());
    }
}
