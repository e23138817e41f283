package io.orderflow.production.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.masterdata.api.Product;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.ForbiddenException;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.testkit.InMemoryDepartment;
import io.orderflow.platform.testkit.MasterDataStandIns;
import io.orderflow.production.api.Disposition;
import io.orderflow.production.api.MaterialInfo;
import io.orderflow.production.api.ProductionOrder;
import io.orderflow.production.api.ProgressReport;
import io.orderflow.production.api.RequirementStatus;
import io.orderflow.production.api.ReworkRequest;
import io.orderflow.production.api.SchedulePlan;
import io.orderflow.production.api.ScheduleState;
import io.orderflow.production.api.ScheduledWork;
import io.orderflow.production.api.WorkCentreInfo;
import io.orderflow.production.api.event.QualityPassed;
import io.orderflow.production.internal.jpa.ProductionOrderEntity;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.util.converter.Converters;

/**
 * Production's persistence on an in-memory Derby ({@link InMemoryDepartment}): the shipped {@code db/PRODUCTION}
 * migrations, the real unit, and {@link ProductionMasterDataServiceImpl} built through its constructor with the
 * department's own {@link ProductionDatabase} and a real {@link Replanner}, which re-plans in each change's
 * transaction under the schedule row's lock; rework orders through {@link ReworkServiceImpl}, planned, approved,
 * reported on and inspected by the real planning and execution services.
 */
class ProductionPersistenceTest {

    private static final Actor PLANNER = new Actor("pete", Set.of(Roles.PRODUCTION_PLANNER));
    private static final Actor QUALITY = new Actor("quinn", Set.of(Roles.QUALITY));
    private static final Actor VP = new Actor("vera", Set.of(Roles.PRODUCTION_VP));
    private static final String RETURN = "RET-2026-000001";
    private static final String LAMP = "LED-LAMP";

    private final InMemoryDepartment derby = new InMemoryDepartment("orderflow-production-scheduling");
    private final BusinessClock clock = BusinessClock.of(Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"),
            ZoneOffset.UTC));
    /** Every event appended, as "aggregate type" (the test kit's outbox keeps the payloads, not the aggregates). */
    private final List<String> appended = new CopyOnWriteArrayList<>();
    private final EventOutbox outbox = (EventOutbox) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {EventOutbox.class}, (proxy, method, args) -> {
                if (args.length == 4) {
                    appended.add(args[1] + " " + ((EventPayload) args[3]).eventType());
                }
                return method.invoke(derby.outbox(), args);
            });
    private final Replanner replanner = new Replanner(outbox,
            Converters.standardConverter().convert(Map.of()).to(Replanner.Config.class), clock);
    private final ProductionMasterDataServiceImpl masterData = new ProductionMasterDataServiceImpl(derby.jpa(),
            derby.migrations(), derby.transactions(), replanner, derby.auditTrail(),
            MasterDataStandIns.products(new Product(LAMP, "LED lamp", "pcs", null, 1, false, null)), clock);
    private final ReworkServiceImpl reworks = new ReworkServiceImpl(derby.jpa(), derby.migrations(),
            derby.transactions(), derby.auditTrail(), replanner, clock);

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

    /** One work centre of 480 minutes a day, 2.5 minutes a lamp after 30 minutes' setup, one module a lamp. */
    private void lampFactory() {
        masterData.saveWorkCentre(new WorkCentreInfo("WC-ASSY", "Assembly", 480), PLANNER);
        masterData.saveMaterial(new MaterialInfo("LED-MODULE", "LED module", new BigDecimal("1000"), 5), PLANNER);
        masterData.importCsv("routings", new StringReader(
                "product,sequence,workCentre,minutesPerUnit,setupMinutes\nLED-LAMP,10,WC-ASSY,2.5,30\n"), PLANNER);
        masterData.importCsv("bills", new StringReader("product,material,quantityPerUnit\nLED-LAMP,LED-MODULE,1\n"),
                PLANNER);
    }

    /** Planning without sales or finance: their references are dynamic and optional, and nothing binds them here. */
    private ProductionPlanningServiceImpl planning() {
        return new ProductionPlanningServiceImpl(derby.jpa(), derby.migrations(), derby.transactions(), outbox,
                derby.auditTrail(), replanner, clock);
    }

    private static ReworkRequest rework(String reference, String quantity) {
        return new ReworkRequest(LAMP, new BigDecimal(quantity), reference, "flickers: company quality");
    }

    @Test
    void aReworkOrderIsPlannedReleasedWithoutSalesMadeInspectedAndItsUnitsGoOnHand() {
        lampFactory();
        ProductionOrder ordered = reworks.rework(rework(RETURN + "/L1", "10"), QUALITY);
        assertEquals(RETURN + "/L1", ordered.reworkReference());
        assertNull(ordered.orderNumber(), "a rework serves no sales order");
        assertNull(ordered.dueDate());
        assertEquals(RequirementStatus.PLANNED, ordered.status());
        assertEquals(LocalDate.of(2026, 3, 2), ordered.projectedCompletion(), "55 minutes: done the first day");

        ProductionPlanningServiceImpl planning = planning();
        SchedulePlan proposal = planning.schedule();
        assertEquals(ScheduleState.PROPOSED, proposal.state());
        assertEquals(List.of(ordered.id()), proposal.orders().stream().map(ProductionOrder::id).toList());
        assertEquals(List.of(), proposal.orderNumbers());
        assertEquals(List.of(new ScheduledWork("WC-ASSY", LocalDate.of(2026, 3, 2), ordered.id(), null, 10, 55)),
                proposal.work());

        // sales and finance are away (no reference bound): a rework needs neither to be released
        planning.approve(null, VP);
        ProductionExecutionServiceImpl execution = new ProductionExecutionServiceImpl(derby.jpa(), derby.migrations(),
                derby.transactions(), outbox, derby.auditTrail(), replanner,
                Converters.standardConverter().convert(Map.of()).to(ProductionExecutionServiceImpl.Config.class),
                clock);
        assertEquals(RequirementStatus.RELEASED, execution.productionOrder(ordered.id()).orElseThrow().status());

        execution.report(ordered.id(), new ProgressReport(BigDecimal.TEN, null, null, null, null), PLANNER);
        assertEquals(0, new BigDecimal("990").compareTo(masterData.materials().get(0).onHand()),
                "the rework used its materials like any production order");
        execution.inspect(ordered.id(), new BigDecimal("8"), new BigDecimal("2"), Disposition.REWORK, QUALITY);
        execution.report(ordered.id(), new ProgressReport(new BigDecimal("2"), null, null, null, null), PLANNER);
        ProductionOrder done = execution.inspect(ordered.id(), new BigDecimal("2"), null, null, QUALITY);

        assertEquals(RequirementStatus.COMPLETED, done.status());
        assertEquals(List.of(RETURN + "/L1 " + QualityPassed.TYPE, RETURN + "/L1 " + QualityPassed.TYPE), appended,
                "only the units for the warehouse, named by the reference: no STARTED or COMPLETED for sales");
        assertEquals(List.of("8", "2"), derby.events().stream().map(e -> ((QualityPassed) e).quantity()
                .toPlainString()).toList());
        assertEquals(List.of(0, 0), derby.events().stream().map(e -> ((QualityPassed) e).lineNo()).toList());
        AuditRecord completion = derby.audit().get(derby.audit().size() - 1);
        assertEquals("PRODUCTION_ORDER_COMPLETED", completion.action());
        assertEquals("rework " + RETURN + "/L1", completion.details());
    }

    @Test
    void theSameReferenceAnswersTheFirstOrderAndAnotherQuantityOrProductIsAConflict() {
        lampFactory();
        ProductionOrder first = reworks.rework(rework(RETURN + "/L1", "10"), QUALITY);
        assertEquals(first, reworks.rework(new ReworkRequest(LAMP, new BigDecimal("10.000"), " " + RETURN + "/L1 ",
                null), Actor.SYSTEM), "a retry (here by the system) makes no second order");
        assertThrows(ConflictException.class, () -> reworks.rework(rework(RETURN + "/L1", "11"), QUALITY));
        assertThrows(ConflictException.class, () -> reworks.rework(new ReworkRequest("LED-SPOT", BigDecimal.TEN,
                RETURN + "/L1", null), QUALITY), "another product under the same reference");
        assertEquals(1, derby.audit().stream().filter(a -> a.action().equals("REWORK_ORDERED")).count());

        reworks.rework(rework(RETURN + "/L2", "3"), QUALITY);
        reworks.rework(rework("RET-2026-000011/L1", "4"), QUALITY);
        assertEquals(List.of(RETURN + "/L2", RETURN + "/L1"), references(reworks.reworks(RETURN)),
                "a return's number finds its lines' reworks, newest first, and no other return's");
        assertEquals(List.of(RETURN + "/L1"), references(reworks.reworks(RETURN + "/L1")));
        assertEquals(List.of(), reworks.reworks("RET-2026-00000_"), "a LIKE wildcard is taken as it is");
        assertEquals(3, reworks.reworks(" ").size());
    }

    private static List<String> references(List<ProductionOrder> orders) {
        return orders.stream().map(ProductionOrder::reworkReference).toList();
    }

    @Test
    void onlyQualityOrTheSystemOrdersAReworkOfAProductMadeHereAndBadFieldsAreNamed() {
        lampFactory();
        assertThrows(ForbiddenException.class, () -> reworks.rework(rework(RETURN + "/L1", "1"), PLANNER));
        ValidationException invalid = assertThrows(ValidationException.class, () -> reworks.rework(
                new ReworkRequest(" ", new BigDecimal("0.00001"), "R".repeat(61), "why\u202E"), QUALITY));
        assertEquals(List.of("product", "quantity", "reference", "reason"), invalid.problems().stream()
                .map(FieldProblem::field).toList());
        ValidationException notMade = assertThrows(ValidationException.class, () -> reworks.rework(
                new ReworkRequest("LED-SPOT", BigDecimal.ONE, RETURN + "/L1", null), Actor.SYSTEM));
        assertEquals(List.of("product"), notMade.problems().stream().map(FieldProblem::field).toList());
        assertEquals(List.of(), reworks.reworks(null));
    }

    @Test
    void aReworkIsScheduledOnTheSameCapacityAfterTheSalesOrdersAndMovesNoPromise() {
        lampFactory();
        long sales = derby.jpa().txExpr(TransactionType.Required, em -> {
            // received after the rework will be, so that only the missing due date puts the rework last
            ProductionOrderEntity order = new ProductionOrderEntity("SO-2026-000001", 1, LAMP, new BigDecimal("300"),
                    LocalDate.of(2026, 3, 20), Instant.parse("2026-03-02T09:00:00Z"));
            em.persist(order);
            em.flush();
            replanner.replan(em, "a shortfall");
            return order.id();
        });
        ProductionOrder rework = reworks.rework(rework(RETURN + "/L1", "100"), QUALITY);

        SchedulePlan plan = planning().schedule();
        assertEquals(LocalDate.of(2026, 3, 4), rework.projectedCompletion(),
                "780 minutes of the sales order first (Monday and Tuesday), then 280 of the rework");
        assertEquals(List.of("SO-2026-000001"), plan.orderNumbers());
        assertEquals(LocalDate.of(2026, 3, 3), plan.orders().stream().filter(o -> o.id() == sales).findFirst()
                .orElseThrow().projectedCompletion());
        assertEquals(Map.of(LocalDate.of(2026, 3, 2), 480, LocalDate.of(2026, 3, 3), 480, LocalDate.of(2026, 3, 4),
                100), plan.work().stream().collect(Collectors.groupingBy(ScheduledWork::date,
                Collectors.summingInt(ScheduledWork::minutes))), "one work centre's capacity, shared");
        assertEquals(List.of(), appended, "no delay announced");
    }
}
