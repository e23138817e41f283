package io.orderflow.production.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.masterdata.api.Product;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.testkit.InMemoryDepartment;
import io.orderflow.platform.testkit.MasterDataStandIns;
import io.orderflow.production.api.MaterialInfo;
import io.orderflow.production.api.WorkCentreInfo;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.util.converter.Converters;

/**
 * Production's persistence on an in-memory Derby ({@link InMemoryDepartment}): the shipped {@code db/PRODUCTION}
 * migrations, the real unit, and {@link ProductionMasterDataServiceImpl} built through its constructor with the
 * department's own {@link ProductionDatabase} and a real {@link Replanner}, which re-plans in each change's
 * transaction under the schedule row's lock.
 */
class ProductionPersistenceTest {

    private static final Actor PLANNER = new Actor("pete", Set.of(Roles.PRODUCTION_PLANNER));
    private static final String LAMP = "LED-LAMP";

    private final InMemoryDepartment derby = new InMemoryDepartment("orderflow-production-scheduling");
    private final BusinessClock clock = BusinessClock.of(Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"),
            ZoneOffset.UTC));
    private final ProductionMasterDataServiceImpl masterData = new ProductionMasterDataServiceImpl(derby.jpa(),
            derby.migrations(), derby.transactions(), new Replanner(derby.outbox(),
                    Converters.standardConverter().convert(Map.of()).to(Replanner.Config.class), clock),
            derby.auditTrail(),
            MasterDataStandIns.products(new Product(LAMP, "LED lamp", "pcs", null, 1, false, null)), clock);

    @AfterEach
    void dropDatabase() {
        derby.close();
    }

    @Test
    void workCentresMaterialsAndARoutingAreKeptAndAudited() {
        masterData.saveWorkCentre(new WorkCentreInfo("WC-ASSY", "Assembly", 480), PLANNER);
        masterData.saveMaterial(new MaterialInfo("LED-MODULE", "LED module", new BigDecimal("120"), 5), PLANNER);
        assertEquals(1, masterData.importCsv("routings", new StringReader(
                "product,sequence,workCentre,minutesPerUnit,setupMinutes\nLED-LAMP,10,WC-ASSY,2.5,30\n"), PLANNER));
        assertEquals(1, masterData.importCsv("bills", new StringReader(
                "product,material,quantityPerUnit\nLED-LAMP,LED-MODULE,1\n"), PLANNER));

        assertEquals(List.of(new WorkCentreInfo("WC-ASSY", "Assembly", 480)), masterData.workCentres());
        MaterialInfo module = masterData.materials().get(0);
        assertEquals(0, new BigDecimal("120").compareTo(module.onHand()));
        assertEquals(1, masterData.product(LAMP).orElseThrow().routing().size());
        assertEquals(1, masterData.product(LAMP).orElseThrow().bill().size());
        assertEquals(List.of("WORK_CENTRE_SAVED", "MATERIAL_SAVED", "MASTER_DATA_IMPORTED", "MASTER_DATA_IMPORTED"),
                derby.audit().stream().map(AuditRecord::action).toList());
    }

    @Test
    void aCsvFileWithOneBadRowSavesNothing() {
        ValidationException refused = assertThrows(ValidationException.class, () -> masterData.importCsv(
                "work-centres", new StringReader("code,name,dailyCapacityMinutes\nWC-CUT,Cutting,480\n"
                        + "WC-TEST,Testing,many\n"), PLANNER));
        assertEquals(List.of(new FieldProblem("row 3 dailyCapacityMinutes", "must be a whole number")),
                refused.problems(), "the file's line, header as row 1, as master data names it; one problem, not"
                        + " also the rules' verdict on the 0 put in its place");
        assertEquals(List.of(), masterData.workCentres());
        assertEquals(List.of(), derby.audit());
    }
}
