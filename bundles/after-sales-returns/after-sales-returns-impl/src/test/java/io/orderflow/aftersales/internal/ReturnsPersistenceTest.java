package io.orderflow.aftersales.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.aftersales.api.Cause;
import io.orderflow.aftersales.api.CustomerReturn;
import io.orderflow.aftersales.api.Disposition;
import io.orderflow.aftersales.api.InspectionDraft;
import io.orderflow.aftersales.api.ReceiptDraft;
import io.orderflow.aftersales.api.Remedy;
import io.orderflow.aftersales.api.RemedyDraft;
import io.orderflow.aftersales.api.ReturnDraft;
import io.orderflow.aftersales.api.ReturnReason;
import io.orderflow.aftersales.api.ReturnStatus;
import io.orderflow.aftersales.api.ReviewDecision;
import io.orderflow.aftersales.api.event.Refunded;
import io.orderflow.aftersales.api.event.ReturnAuthorized;
import io.orderflow.aftersales.api.event.ReturnClosed;
import io.orderflow.aftersales.api.event.ReturnRejected;
import io.orderflow.aftersales.api.event.ReturnRequested;
import io.orderflow.finance.api.CreditNote;
import io.orderflow.finance.api.CreditNoteRequest;
import io.orderflow.finance.api.CreditNoteService;
import io.orderflow.finance.api.Invoice;
import io.orderflow.finance.api.InvoiceService;
import io.orderflow.finance.api.event.RefundVerified;
import io.orderflow.logistics.api.OrderStage;
import io.orderflow.logistics.api.ShippingMethod;
import io.orderflow.logistics.api.SignOffSource;
import io.orderflow.logistics.api.event.Dispatched;
import io.orderflow.logistics.api.event.LineProgress;
import io.orderflow.logistics.api.event.SignedOff;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.ForbiddenException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.internal.event.AppliedEventsImpl;
import io.orderflow.platform.testkit.InMemoryDepartment;
import io.orderflow.platform.testkit.RecordCodec;
import io.orderflow.production.api.ReworkRequest;
import io.orderflow.production.api.ReworkService;
import io.orderflow.salesorder.api.Channel;
import io.orderflow.salesorder.api.OrderStatus;
import io.orderflow.salesorder.api.OrderType;
import io.orderflow.salesorder.api.ReplacementOrderService;
import io.orderflow.salesorder.api.ReplacementRequest;
import io.orderflow.salesorder.api.SalesOrder;
import io.orderflow.warehouse.api.MoveType;
import io.orderflow.warehouse.api.QuarantineMove;
import io.orderflow.warehouse.api.QuarantineService;
import io.orderflow.warehouse.api.StockMove;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Returns on an in-memory Derby ({@link InMemoryDepartment}) with the shipped migrations and the real unit: the
 * business's own stories (domain.md §6) from the report to the closing. What logistics shipped comes in through the
 * real {@link ShipmentFollower}, what carries the remedies out through the real {@link RemedyProgress}; the warehouse,
 * production, sales and finance are stand-ins that keep what they were asked, each by its key as the real ones do.
 */
class ReturnsPersistenceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Actor ANN = new Actor("ann", Set.of(Roles.SALES_REP));
    private static final Actor MARTA = new Actor("marta", Set.of(Roles.MARKETING_MANAGER));
    private static final Actor QUINN = new Actor("quinn", Set.of(Roles.QUALITY));
    private static final Actor WALT = new Actor("walt", Set.of(Roles.WAREHOUSE));
    private static final Actor DORA = new Actor("dora", Set.of(Roles.SALES_DIRECTOR));

    private final InMemoryDepartment derby = new InMemoryDepartment("orderflow-after-sales");
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-10T02:00:00Z"));
    private final BusinessClock clock = BusinessClock.of(new Clock() {
        @Override
        public ZoneId getZone() {
            return SHANGHAI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    });
    private final RecordCodec codec = new RecordCodec();
    private final Map<String, StockMove> moves = new LinkedHashMap<>();
    /** What the warehouse's quarantine holds, by warehouse (one product per test). */
    private final Map<String, BigDecimal> held = new LinkedHashMap<>();
    private final List<ReworkRequest> reworks = new ArrayList<>();
    private final List<ReplacementRequest> replacements = new ArrayList<>();
    private final List<CreditNoteRequest> credited = new ArrayList<>();
    private final Remedies remedies = new Remedies(derby.jpa(), derby.migrations(), derby.transactions(),
            derby.outbox(), derby.auditTrail(), clock);
    private final ReturnServiceImpl returns = new ReturnServiceImpl(derby.jpa(), derby.migrations(),
            derby.transactions(), derby.outbox(), derby.auditTrail(), derby.sequences(), clock, remedies, config());
    private final ShipmentFollower shipments = new ShipmentFollower(derby.jpa(), derby.migrations(),
            derby.transactions(), new AppliedEventsImpl(derby.dataSource(), derby.transactions()), codec, clock);
    private final RemedyProgress progress = new RemedyProgress(derby.jpa(), derby.migrations(), derby.transactions(),
            new AppliedEventsImpl(derby.dataSource(), derby.transactions()), codec, derby.outbox(), derby.auditTrail(),
            remedies);

    ReturnsPersistenceTest() {
        returns.bind(quarantine(), rework());
        remedies.bind(replacementOrders(), invoices(), creditNotes());
    }

    @AfterEach
    void dropDatabase() {
        derby.close();
    }

    private static ReturnSettings.Config config() {
        return new ReturnSettings.Config() {
            public int policyDays() { return 30; }
            public String[] policyReasons() { return new String[] {"QUALITY_DEFECT", "TRANSIT_DAMAGE", "NOT_WANTED"}; }
            public int evidenceFiles() { return 2; }
            public int evidenceBytes() { return 1024; }
            public int receiptDays() { return 14; }
            public Class<? extends Annotation> annotationType() { return ReturnSettings.Config.class; }
        };
    }

    /** The warehouse: one move per type and reference, as its own idempotency keeps it. */
    private QuarantineService quarantine() {
        return new QuarantineService() {
            public StockMove receive(QuarantineMove move, Actor actor) {
                return move(MoveType.QUARANTINE_RECEIPT, move, actor);
            }

            public StockMove release(QuarantineMove move, Actor actor) {
                return move(MoveType.QUARANTINE_RELEASE, move, actor);
            }

            public StockMove issue(QuarantineMove move, Actor actor) {
                return move(MoveType.QUARANTINE_ISSUE, move, actor);
            }

            private StockMove move(MoveType type, QuarantineMove move, Actor actor) {
                String key = type + " " + move.reference();
                if (!moves.containsKey(key)) {
                    BigDecimal change = type == MoveType.QUARANTINE_RECEIPT ? move.quantity() : move.quantity().negate();
                    BigDecimal after = held.getOrDefault(move.warehouse(), BigDecimal.ZERO).add(change);
                    if (after.signum() < 0) {
                        throw new ConflictException(move.warehouse() + " holds less in quarantine");
                    }
                    held.put(move.warehouse(), after);
                    moves.put(key, new StockMove(moves.size() + 1, type, move.warehouse(), move.product(),
                            move.quantity(), move.reason(), move.reference(), actor.name(), now.get()));
                }
                return moves.get(key);
            }
        };
    }

    private ReworkService rework() {
        return new ReworkService() {
            public io.orderflow.production.api.ProductionOrder rework(ReworkRequest request, Actor actor) {
                reworks.add(request);
                return null;
            }

            public List<io.orderflow.production.api.ProductionOrder> reworks(String reference) {
                return List.of();
            }
        };
    }

    private ReplacementOrderService replacementOrders() {
        return new ReplacementOrderService() {
            public SalesOrder place(ReplacementRequest request, Actor actor) {
                assertEquals(DORA, actor, "the sales director's approval confirms the replacement");
                replacements.add(request);
                return new SalesOrder("SO-2026-0009" + replacements.size(), OrderStatus.CONFIRMED, null, 1, "CUST-A",
                        request.rma(), OrderType.REPLACEMENT, Channel.AFTER_SALES, null, null, "NET30", null, false,
                        false, false, null, List.of(), null, List.of(), List.of(), actor.name(), now.get(), null,
                        now.get(), request.rma(), request.originalOrder());
            }

            public Optional<SalesOrder> replacement(String rma) {
                return Optional.empty();
            }
        };
    }

    /** Order SO-1's two shipments were invoiced: 6 lamps, then 4 lamps and 5 switches. */
    private InvoiceService invoices() {
        return new InvoiceService() {
            public Optional<Invoice> invoice(String number) {
                return invoices("SO-1").stream().filter(i -> i.number().equals(number)).findFirst();
            }

            public List<Invoice> invoices(String orderNumber) {
                return List.of(issued("INV-2026-000001", invoiceLine(1, "LED-LAMP", 6)),
                        issued("INV-2026-000002", invoiceLine(1, "LED-LAMP", 4), invoiceLine(2, "SWITCH", 5)));
            }
        };
    }

    private static Invoice issued(String number, Invoice.Line... lines) {
        return new Invoice(number, "SO-1", "SHP-1", "CUST-A", "PO-1", "CNY", "NET30", LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-04-01"), List.of(lines), null, null, null, null);
    }

    private static Invoice.Line invoiceLine(int lineNo, String product, int quantity) {
        return new Invoice.Line(lineNo, product, null, BigDecimal.valueOf(quantity), "pcs", new BigDecimal("50.00"),
                null, null, null);
    }

    /** Finance: a credit note per source key; the customer had paid, so each is refundable in full. */
    private CreditNoteService creditNotes() {
        return new CreditNoteService() {
            public CreditNote issue(CreditNoteRequest request, Actor actor) {
                assertEquals(Actor.SYSTEM, actor);
                credited.add(request);
                BigDecimal total = request.lines().stream().map(l -> l.quantity().multiply(new BigDecimal("50.00")))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                return new CreditNote("CN-2026-00000" + credited.size(), request.invoice(), "SO-1", "CUST-A", "CNY",
                        LocalDate.parse("2026-03-20"), request.reason(), request.lines().stream().map(l ->
                        invoiceLine(l.lineNo(), "LED-LAMP", l.quantity().intValue())).toList(), null, null, total,
                        BigDecimal.ZERO, total, BigDecimal.ZERO, total, request.source(), "system", now.get());
            }

            public Optional<CreditNote> creditNote(String number) {
                return Optional.empty();
            }

            public List<CreditNote> creditNotes(String invoice) {
                return List.of();
            }
        };
    }

    /** SO-1: 10 LED lamps (line 1) and 5 switches (line 2) dispatched on 1 March, signed off on 2 March. */
    private void shipped() {
        shipments.onEvent(codec.toEvent("SO-1", Instant.parse("2026-03-01T01:00:00Z"), new Dispatched("SHP-1",
                "CUST-A", "PO-1", ShippingMethod.EXPRESS, LocalDate.parse("2026-03-01"), null, List.of(), List.of(
                new Dispatched.Item(1, "LED-LAMP", null, BigDecimal.TEN, "pcs"),
                new Dispatched.Item(2, "SWITCH", null, new BigDecimal("5"), "pcs")), List.of(), OrderStage.SHIPPED,
                null)));
        shipments.onEvent(codec.toEvent("SO-1", Instant.parse("2026-03-02T01:00:00Z"), new SignedOff("SHP-1",
                "Li Na", "2026-03-02T09:00:00+08:00", SignOffSource.CUSTOMER_WORD, List.of(), OrderStage.COMPLETED)));
    }

    private static ReturnDraft draft(ReturnReason reason, Remedy remedy, int lamps) {
        return new ReturnDraft("SO-1", reason, "the lamps flicker after an hour", remedy,
                List.of(new ReturnDraft.Line(1, BigDecimal.valueOf(lamps))));
    }

    private String authorised(Remedy remedy, int lamps) {
        String number = returns.request(draft(ReturnReason.QUALITY_DEFECT, remedy, lamps), ANN).number();
        returns.decide(number, new ReviewDecision(true, null, null), MARTA);
        return returns.decide(number, new ReviewDecision(true, true, null), QUINN).number();
    }

    private <T extends EventPayload> List<T> events(Class<T> type) {
        return derby.events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void aQualityProblemIsExchangedFromReportToClosing() {
        shipped();
        CustomerReturn requested = returns.request(draft(ReturnReason.QUALITY_DEFECT, Remedy.EXCHANGE, 4), ANN);
        assertEquals("RET-2026-000001", requested.number());
        assertEquals(ReturnStatus.REQUESTED, requested.status());
        assertNull(requested.rma(), "an RMA number only once authorised");
        assertEquals(LocalDate.parse("2026-03-02"), requested.deliveredOn());
        assertEquals("LED-LAMP", events(ReturnRequested.class).get(0).lines().get(0).productCode());

        returns.decide(requested.number(), new ReviewDecision(true, true, null), QUINN);
        CustomerReturn authorised = returns.decide(requested.number(), new ReviewDecision(true, null, null), MARTA);
        assertEquals(ReturnStatus.AUTHORIZED, authorised.status(), "both signed, in either order");
        assertEquals("RMA-2026-000001", authorised.rma());
        assertTrue(authorised.notice().contains("authorised under RMA-2026-000001"), authorised.notice());
        assertEquals("RMA-2026-000001", events(ReturnAuthorized.class).get(0).rma());

        CustomerReturn partly = returns.receive(requested.number(), new ReceiptDraft("WH-SH", List.of(
                new ReceiptDraft.Line(1, new BigDecimal("3")))), WALT);
        assertEquals(ReturnStatus.RECEIVED, partly.status());
        returns.receive(requested.number(), new ReceiptDraft("WH-SH", List.of(
                new ReceiptDraft.Line(1, BigDecimal.ONE))), WALT);
        assertEquals(List.of("QUARANTINE_RECEIPT RMA-2026-000001/R1/L1", "QUARANTINE_RECEIPT RMA-2026-000001/R2/L1"),
                List.copyOf(moves.keySet()));
        assertEquals("line 1 has 0 still to come back", assertThrows(ValidationException.class,
                () -> returns.receive(requested.number(), new ReceiptDraft("WH-SH", List.of(new ReceiptDraft.Line(1,
                        BigDecimal.ONE))), WALT)).problems().get(0).problem());

        CustomerReturn inspected = returns.inspect(requested.number(), new InspectionDraft(List.of(
                new InspectionDraft.Line(1, new BigDecimal("2"), Cause.COMPANY_QUALITY, Disposition.REWORK, null),
                new InspectionDraft.Line(1, BigDecimal.ONE, Cause.COMPANY_QUALITY, Disposition.SCRAP, "cracked"),
                new InspectionDraft.Line(1, BigDecimal.ONE, Cause.NO_FAULT_FOUND, Disposition.RESTOCK, null))), QUINN);
        assertEquals(ReturnStatus.INSPECTED, inspected.status());
        assertEquals(1, reworks.size());
        assertEquals("RET-2026-000001/L1/I1", reworks.get(0).reference());
        assertTrue(moves.containsKey("QUARANTINE_ISSUE RMA-2026-000001/I1/WH-SH"));
        assertTrue(moves.containsKey("QUARANTINE_ISSUE RMA-2026-000001/I2/WH-SH"));
        assertTrue(moves.containsKey("QUARANTINE_RELEASE RMA-2026-000001/I3/WH-SH"));

        assertThrows(ForbiddenException.class, () -> returns.fixRemedies(requested.number(), new RemedyDraft(List.of(
                new RemedyDraft.Line(1, Remedy.EXCHANGE, new BigDecimal("4"), null))), QUINN));
        CustomerReturn remedied = returns.fixRemedies(requested.number(), new RemedyDraft(List.of(
                new RemedyDraft.Line(1, Remedy.EXCHANGE, new BigDecimal("4"), null))), DORA);
        assertEquals(ReturnStatus.REMEDYING, remedied.status());
        assertEquals("SO-2026-00091", remedied.replacement());
        assertEquals(new ReplacementRequest("RMA-2026-000001", "SO-1", List.of(new ReplacementRequest.Line(1,
                new BigDecimal("4")))), replacements.get(0));
        assertThrows(ConflictException.class, () -> returns.recordSatisfaction(requested.number(), 5, null, ANN),
                "nothing done yet");

        progress.onEvent(codec.toEvent("SO-2026-00091", now.get(), new Dispatched("SHP-9", "CUST-A", "RMA", null,
                LocalDate.parse("2026-03-12"), null, List.of(), List.of(), List.of(), OrderStage.SHIPPED, null)));
        assertEquals(1, derby.events().stream().filter(e -> e.eventType().equals("after-sales/RETURN_EXCHANGE_SHIPPED"))
                .count());
        progress.onEvent(codec.toEvent("SO-2026-00091", now.get(), new SignedOff("SHP-9", "Li Na",
                "2026-03-14T10:00:00+08:00", SignOffSource.CUSTOMER_WORD, List.of(), OrderStage.COMPLETED)));
        CustomerReturn closed = returns.find(requested.number()).orElseThrow();
        assertEquals(ReturnStatus.CLOSED, closed.status());
        assertEquals(1, events(ReturnClosed.class).size());

        CustomerReturn satisfied = returns.recordSatisfaction(requested.number(), 4, "quick exchange", ANN);
        assertEquals(4, satisfied.satisfaction().score());
        assertTrue(derby.audit().stream().anyMatch(a -> a.action().equals("RETURN_SATISFACTION")));
    }

    @Test
    void aRefundIsCreditedOnTheInvoicesOldestFirstAndDoneWhenTheMoneyIsPaidBack() {
        shipped();
        String number = authorised(Remedy.REFUND, 8);
        returns.receive(number, new ReceiptDraft("WH-SH", List.of(new ReceiptDraft.Line(1, new BigDecimal("8")))),
                WALT);
        returns.inspect(number, new InspectionDraft(List.of(new InspectionDraft.Line(1, new BigDecimal("8"),
                Cause.COMPANY_QUALITY, Disposition.SCRAP, "burnt out"))), QUINN);

        CustomerReturn remedied = returns.fixRemedies(number, new RemedyDraft(List.of(
                new RemedyDraft.Line(1, Remedy.REFUND, new BigDecimal("8"), null))), DORA);

        assertEquals(List.of("INV-2026-000001", "INV-2026-000002"), credited.stream().map(CreditNoteRequest::invoice)
                .toList());
        assertEquals(List.of("RET-2026-000001/C1", "RET-2026-000001/C2"), credited.stream()
                .map(CreditNoteRequest::source).toList());
        assertEquals(0, new BigDecimal("2").compareTo(credited.get(1).lines().get(0).quantity()));
        assertEquals(ReturnStatus.REMEDYING, remedied.status(), "the money is still to be paid back");

        progress.onEvent(codec.toEvent("REF-2026-000001", now.get(), new RefundVerified("REF-2026-000001",
                "CN-2026-000001", "INV-2026-000001", "CUST-A", "CNY", new BigDecimal("300.00"),
                LocalDate.parse("2026-03-20"), LocalDate.parse("2026-03-20"))));
        assertEquals(ReturnStatus.REMEDYING, returns.find(number).orElseThrow().status());
        progress.onEvent(codec.toEvent("REF-2026-000002", now.get(), new RefundVerified("REF-2026-000002",
                "CN-2026-000002", "INV-2026-000002", "CUST-A", "CNY", new BigDecimal("100.00"),
                LocalDate.parse("2026-03-20"), LocalDate.parse("2026-03-20"))));
        assertEquals(ReturnStatus.CLOSED, returns.find(number).orElseThrow().status());
        assertEquals(List.of("CN-2026-000001", "CN-2026-000002"), events(Refunded.class).stream()
                .map(Refunded::creditNote).toList());
    }

    @Test
    void aRejectionAndThePolicysLimitsAreToldToTheCustomer() {
        shipped();
        String rejected = returns.request(draft(ReturnReason.QUALITY_DEFECT, Remedy.REFUND, 2), ANN).number();
        assertEquals(ReturnStatus.REJECTED, returns.decide(rejected, new ReviewDecision(false, null,
                "the photos show a lamp of another make"), QUINN).status());
        assertEquals("rejected by the quality: the photos show a lamp of another make",
                events(ReturnRejected.class).get(0).reason());

        now.set(Instant.parse("2026-04-15T02:00:00Z")); // 44 days after delivery
        String late = returns.request(draft(ReturnReason.NOT_WANTED, Remedy.REFUND, 2), ANN).number();
        returns.decide(late, new ReviewDecision(true, null, null), MARTA);
        CustomerReturn outside = returns.decide(late, new ReviewDecision(true, false, null), QUINN);
        assertEquals(ReturnStatus.REJECTED, outside.status());
        assertTrue(outside.notice().contains("44 days ago; the return policy takes them back within 30 days"),
                outside.notice());
        assertNull(outside.rma());

        String defect = returns.request(draft(ReturnReason.QUALITY_DEFECT, Remedy.REFUND, 2), ANN).number();
        returns.decide(defect, new ReviewDecision(true, null, null), MARTA);
        assertEquals(ReturnStatus.AUTHORIZED, returns.decide(defect, new ReviewDecision(true, true, null), QUINN)
                .status(), "the company's quality at fault: the policy's days do not apply");
    }

    @Test
    void moreThanWasShippedAndNotReturnedIsRefusedAndReviewersSignOnceEach() {
        shipped();
        assertEquals("lines[0].quantity", assertThrows(ValidationException.class,
                () -> returns.request(draft(ReturnReason.QUALITY_DEFECT, Remedy.REFUND, 11), ANN)).problems().get(0)
                .field());
        String first = returns.request(draft(ReturnReason.QUALITY_DEFECT, Remedy.REFUND, 7), ANN).number();
        assertEquals("line 1 has 3 shipped and not returned already", assertThrows(ValidationException.class,
                () -> returns.request(draft(ReturnReason.QUALITY_DEFECT, Remedy.REFUND, 4), ANN)).problems().get(0)
                .problem());
        assertEquals("orderNumber", assertThrows(ValidationException.class, () -> returns.request(new ReturnDraft(
                "SO-404", ReturnReason.OTHER, null, Remedy.REFUND, List.of(new ReturnDraft.Line(1, BigDecimal.ONE))),
                ANN)).problems().get(0).field());
        assertThrows(ForbiddenException.class, () -> returns.decide(first, new ReviewDecision(true, null, null), ANN));

        returns.decide(first, new ReviewDecision(true, null, null), MARTA);
        assertThrows(ConflictException.class, () -> returns.decide(first, new ReviewDecision(true, null, null),
                MARTA));
        assertEquals("companyQuality", assertThrows(ValidationException.class, () -> returns.decide(first,
                new ReviewDecision(true, null, null), QUINN)).problems().get(0).field());
        assertThrows(ConflictException.class, () -> returns.receive(first, new ReceiptDraft("WH-SH", List.of(
                new ReceiptDraft.Line(1, BigDecimal.ONE))), WALT), "not authorised yet");
    }

    @Test
    void evidenceIsAPhotoOrAPdfByItsContentWithinTheConfiguredCountAndSize() {
        shipped();
        String number = returns.request(draft(ReturnReason.TRANSIT_DAMAGE, Remedy.EXCHANGE, 1), ANN).number();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3};
        CustomerReturn kept = returns.addEvidence(number, "box.png", png, ANN);
        assertEquals("image/png", kept.evidence().get(0).contentType());
        assertEquals(11, returns.evidence(number, 1).orElseThrow().content().length);
        assertEquals("must be a JPEG, PNG or PDF file (by its content)", assertThrows(ValidationException.class,
                () -> returns.addEvidence(number, "photo.jpg", "not a photo".getBytes(), ANN)).problems().get(0)
                .problem());
        assertEquals("filename", assertThrows(ValidationException.class,
                () -> returns.addEvidence(number, "../etc/passwd.png", png, ANN)).problems().get(0).field());
        assertEquals("file", assertThrows(ValidationException.class,
                () -> returns.addEvidence(number, "big.png", new byte[2048], ANN)).problems().get(0).field());
        returns.addEvidence(number, "label.png", png, ANN);
        assertThrows(ConflictException.class, () -> returns.addEvidence(number, "third.png", png, ANN));
        assertNotNull(returns.find(number).orElseThrow().evidence().get(1));
    }

    @Test
    void findingsTakeTheGoodsFromTheWarehousesThatStillHoldThemAndTheListsFilterByStatus() {
        shipped();
        String number = authorised(Remedy.REFUND, 5);
        returns.receive(number, new ReceiptDraft("WH-A", List.of(new ReceiptDraft.Line(1, new BigDecimal("3")))),
                WALT);
        returns.receive(number, new ReceiptDraft("WH-B", List.of(new ReceiptDraft.Line(1, new BigDecimal("2")))),
                WALT);
        returns.inspect(number, new InspectionDraft(List.of(new InspectionDraft.Line(1, new BigDecimal("3"),
                Cause.NO_FAULT_FOUND, Disposition.RESTOCK, null))), QUINN);
        returns.inspect(number, new InspectionDraft(List.of(new InspectionDraft.Line(1, new BigDecimal("2"),
                Cause.COMPANY_QUALITY, Disposition.SCRAP, "cracked"))), QUINN);

        assertEquals(Map.of("WH-A", BigDecimal.ZERO, "WH-B", BigDecimal.ZERO), Map.of("WH-A", held.get("WH-A")
                .stripTrailingZeros(), "WH-B", held.get("WH-B").stripTrailingZeros()));
        assertTrue(moves.containsKey("QUARANTINE_ISSUE RMA-2026-000001/I2/WH-B"), moves.keySet().toString());
        String rejected = returns.request(draft(ReturnReason.QUALITY_DEFECT, Remedy.REFUND, 1), ANN).number();
        returns.decide(rejected, new ReviewDecision(false, null, "not ours"), QUINN);
        assertEquals(List.of(rejected, number), returns.list(null, 10).stream().map(CustomerReturn::number)
                .toList());
        assertEquals(List.of(rejected), returns.list(ReturnStatus.REJECTED, 10).stream()
                .map(CustomerReturn::number).toList());
    }

    @Test
    void whatWillNotComeBackIsClosedShortByTheSalesDirectorAndTheRestRunsItsCourse() {
        shipped();
        String number = authorised(Remedy.REFUND, 5);
        returns.receive(number, new ReceiptDraft("WH-SH", List.of(new ReceiptDraft.Line(1, new BigDecimal("4")))),
                WALT);
        returns.inspect(number, new InspectionDraft(List.of(new InspectionDraft.Line(1, new BigDecimal("4"),
                Cause.CUSTOMER_MISUSE, Disposition.SCRAP, "dropped"))), QUINN);
        returns.fixRemedies(number, new RemedyDraft(List.of(new RemedyDraft.Line(1, Remedy.NONE,
                new BigDecimal("4"), "misuse: not covered"))), DORA);
        assertEquals(ReturnStatus.REMEDYING, returns.find(number).orElseThrow().status(), "one lamp still expected");
        assertThrows(ForbiddenException.class, () -> returns.closeShort(number, "kept one", ANN));
        assertEquals("reason", assertThrows(ValidationException.class, () -> returns.closeShort(number, " ", DORA))
                .problems().get(0).field());

        CustomerReturn closed = returns.closeShort(number, "the customer kept one lamp", DORA);

        assertEquals(ReturnStatus.CLOSED, closed.status());
        assertEquals(0, new BigDecimal("4").compareTo(closed.lines().get(0).quantity()));
        assertTrue(derby.audit().stream().anyMatch(a -> a.action().equals("RETURN_CLOSED_SHORT")
                && "the customer kept one lamp".equals(a.reason())));
        assertEquals(1, events(ReturnClosed.class).size());
        assertThrows(ConflictException.class, () -> returns.closeShort(number, "again", DORA));

        String nothingCame = authorised(Remedy.EXCHANGE, 1);
        assertEquals(ReturnStatus.CLOSED, returns.closeShort(nothingCame, "the customer kept it", DORA).status());
    }
}
