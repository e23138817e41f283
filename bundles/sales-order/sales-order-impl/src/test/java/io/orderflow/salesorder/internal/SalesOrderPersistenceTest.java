package io.orderflow.salesorder.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.logistics.api.Milestone;
import io.orderflow.logistics.api.OrderStage;
import io.orderflow.logistics.api.ShippingMethod;
import io.orderflow.logistics.api.SignOffSource;
import io.orderflow.logistics.api.event.Dispatched;
import io.orderflow.logistics.api.event.LineProgress;
import io.orderflow.logistics.api.event.SignedOff;
import io.orderflow.logistics.api.event.TrackingUpdated;

import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.CustomerService;
import io.orderflow.masterdata.api.Product;
import io.orderflow.platform.api.Contact;
import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ForbiddenException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.internal.event.AppliedEventsImpl;
import io.orderflow.platform.testkit.InMemoryDepartment;
import io.orderflow.platform.testkit.MasterDataStandIns;
import io.orderflow.platform.testkit.RecordCodec;
import io.orderflow.salesorder.api.ChangeDraft;
import io.orderflow.salesorder.api.ChangeDraft.LineChange;
import io.orderflow.salesorder.api.Channel;
import io.orderflow.salesorder.api.ExternalOrder;
import io.orderflow.salesorder.api.IntakeResult;
import io.orderflow.salesorder.api.InterchangeIntake;
import io.orderflow.salesorder.api.OrderDraft;
import io.orderflow.salesorder.api.OrderDraft.AddressDraft;
import io.orderflow.salesorder.api.OrderDraft.LineDraft;
import io.orderflow.salesorder.api.OrderDraft.MoneyDraft;
import io.orderflow.salesorder.api.OrderLine;
import io.orderflow.salesorder.api.OrderStatus;
import io.orderflow.salesorder.api.OrderType;
import io.orderflow.salesorder.api.RecordedPrepayments;
import io.orderflow.salesorder.api.ReplacementRequest;
import io.orderflow.salesorder.api.ReviewStep;
import io.orderflow.salesorder.api.SalesOrder;
import io.orderflow.salesorder.api.TimelineEntry;
import io.orderflow.salesorder.api.event.OrderConfirmed;
import io.orderflow.salesorder.api.event.OrderReceived;
import io.orderflow.salesorder.internal.change.OrderChangeServiceImpl;
import io.orderflow.salesorder.internal.followup.LogisticsProgress;
import io.orderflow.salesorder.internal.jpa.OrderQueries;
import io.orderflow.salesorder.internal.lifecycle.OrderLifecycleServiceImpl;
import io.orderflow.salesorder.internal.replacement.ReplacementOrderServiceImpl;
import io.orderflow.salesorder.internal.review.ApprovalMatrix;
import io.orderflow.salesorder.internal.review.ApprovalRuleComponent;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.util.converter.Converters;

/**
 * Sales order intake's persistence on an in-memory Derby ({@link InMemoryDepartment}): the shipped
 * {@code db/SALES_ORDER} migrations, the real unit, the platform's own transactions and number sequences, and
 * {@link SalesOrderServiceImpl} built through its constructor with an approval matrix of two of the feature's rules;
 * logistics' events delivered to {@link LogisticsProgress} as the relay hands them over.
 */
class SalesOrderPersistenceTest {

    private static final Actor REP = new Actor("sam", Set.of(Roles.SALES_REP));
    private static final Actor GATEWAY = new Actor("edi-gateway", Set.of(Roles.INTEGRATION));
    private static final Customer ACME = new Customer("CUST-A", "Acme Lighting", "SOUTH",
            new Contact("Li Na", "+86 20 5555 0100", "li.na@acme.example"), null,
            new Money(new BigDecimal("100000"), "CNY"), "NET30", null, null, null);
    private static final String LAMP = "LED-LAMP";
    private static final BusinessClock CLOCK =
            BusinessClock.of(Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC));
    private static final Actor MANAGER = new Actor("mia", Set.of(Roles.SALES_MANAGER));
    private static final Actor DIRECTOR = new Actor("dora", Set.of(Roles.SALES_DIRECTOR));

    private final InMemoryDepartment derby = new InMemoryDepartment("orderflow-sales-order");
    private final SalesOrderServiceImpl sales = intake(MasterDataStandIns.customers(ACME));

    @AfterEach
    void dropDatabase() {
        derby.close();
    }

    private SalesOrderServiceImpl intake(CustomerService customers) {
        return new SalesOrderServiceImpl(derby.jpa(), derby.migrations(), derby.transactions(), derby.outbox(),
                derby.auditTrail(), derby.sequences(), new ApprovalMatrix(List.of(
                        rule("initial-check", Roles.SALES_ASSISTANT, 10, false),
                        rule("manager-review", Roles.SALES_MANAGER, 20, true))),
                customers, MasterDataStandIns.products(new Product(LAMP, "LED lamp", "pcs",
                        new Money(new BigDecimal("20.50"), "CNY"), 5, false, null)),
                CLOCK,
                Converters.standardConverter().convert(Map.of()).to(SalesOrderServiceImpl.Config.class));
    }

    /** A customer-order rule of the matrix, as its factory configuration gives it. */
    private static ApprovalRuleComponent rule(String name, String role, int rank, boolean creditCheck) {
        return new ApprovalRuleComponent(Converters.standardConverter().convert(Map.of("condition", "CUSTOMER_ORDER",
                "roles", role, "rank", rank, "creditCheck", creditCheck)).to(ApprovalRuleComponent.Config.class),
                Map.of("service.pid", "orderflow.sales-order.approval-rule~" + name));
    }

    /** An order for {@code quantity} lamps at 20.5 CNY, delivered after the lamp's lead time. */
    private static OrderDraft draft(String po, String product, String quantity) {
        return new OrderDraft(ACME.id(), po, "2026-04-15",
                new AddressDraft("88 Harbour Road", null, "Guangzhou", "510000", "CN"), null, null, null, null, null,
                null, null, List.of(new LineDraft(product, "4000K", new BigDecimal(quantity),
                new MoneyDraft("20.5", "CNY"))));
    }

    @Test
    void anOrderTakenInIsKeptWithItsLinesNumberEventAndAuditEntry() {
        IntakeResult taken = sales.create(draft("PO-1001", LAMP, "3"), Channel.REST, REP);

        assertTrue(taken.created());
        assertEquals("SO-2026-000001", taken.order().number());
        SalesOrder kept = sales.find("SO-2026-000001").orElseThrow(); // read back from the database
        assertEquals(OrderStatus.PENDING_CONFIRMATION, kept.status());
        assertEquals(Channel.REST, kept.channel());
        assertEquals("PO-1001", kept.customerPo());
        assertEquals(ACME.contact(), kept.contact());
        OrderLine line = kept.lines().get(0);
        assertEquals(1, kept.lines().size());
        assertEquals(LAMP, line.productCode().value());
        assertEquals("4000K", line.specification());
        assertEquals(0, new BigDecimal("3").compareTo(line.quantity()));
        // the DECIMAL(19,4) columns give the amounts back with the currency's two decimals
        assertEquals(new BigDecimal("20.50"), line.unitPrice().amount());
        assertEquals(new BigDecimal("61.50"), line.amount().amount());
        assertEquals(new BigDecimal("61.50"), kept.total().amount());
        assertEquals("CNY", kept.total().currency());
        assertEquals(List.of(), kept.flags());
        assertEquals(List.of(Roles.SALES_ASSISTANT, Roles.SALES_MANAGER),
                kept.review().stream().map(ReviewStep::role).toList());
        assertEquals(Instant.parse("2026-03-02T10:00:00Z"), kept.confirmationDueAt());
        assertEquals("sam", kept.enteredBy());

        OrderReceived received = (OrderReceived) derby.events().get(0);
        assertEquals(1, derby.events().size());
        assertEquals("PO-1001", received.customerPo());
        assertEquals(new BigDecimal("61.50"), received.total());
        assertEquals(List.of(Roles.SALES_ASSISTANT, Roles.SALES_MANAGER), received.reviewSteps());
        AuditRecord audited = derby.audit().get(0);
        assertEquals(1, derby.audit().size());
        assertEquals(List.of("ORDER_RECEIVED", "SO-2026-000001", "sam", Roles.SALES_REP),
                List.of(audited.action(), audited.subject(), audited.actor(), audited.role()));

        assertEquals("SO-2026-000002", sales.create(draft("PO-1002", LAMP, "1"), Channel.REST, REP).order().number());
    }

    @Test
    void theSamePurchaseOrderSentTwiceGivesOneOrder() {
        IntakeResult first = sales.create(draft("PO-1001", LAMP, "3"), Channel.REST, REP);
        IntakeResult again = sales.create(draft("PO-1001", LAMP, "7"), Channel.REST, REP);

        assertFalse(again.created());
        assertEquals(first.order().number(), again.order().number());
        assertEquals(0, new BigDecimal("3").compareTo(again.order().lines().get(0).quantity()));
        assertEquals(1, rows("SALES_ORDER.SALES_ORDER"));
        assertEquals(1, derby.events().size());
        assertEquals(1, derby.audit().size());
    }

    @Test
    void twoSubmissionsOfOnePurchaseOrderRacingGiveOneOrder() throws Exception {
        // both look for the PO before either stores it: the second meets the unique key and answers with the first
        CyclicBarrier bothChecked = new CyclicBarrier(2);
        CustomerService customers = MasterDataStandIns.customers(ACME);
        SalesOrderServiceImpl racing = intake(new CustomerService() {
            @Override
            public Customer save(Customer customer, Actor actor) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<Customer> find(String id) {
                try {
                    bothChecked.await(10, TimeUnit.SECONDS); // intake reads the customer after looking for the PO
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return customers.find(id);
            }

            @Override
            public List<Customer> list() {
                return customers.list();
            }
        });
        ExecutorService twoClerks = Executors.newFixedThreadPool(2);
        try {
            Future<IntakeResult> one = twoClerks.submit(() -> racing.create(draft("PO-1001", LAMP, "3"),
                    Channel.REST, REP));
            Future<IntakeResult> other = twoClerks.submit(() -> racing.create(draft("PO-1001", LAMP, "3"),
                    Channel.REST, REP));
            List<IntakeResult> results = List.of(one.get(60, TimeUnit.SECONDS), other.get(60, TimeUnit.SECONDS));

            assertEquals(Set.of(true, false), Set.copyOf(results.stream().map(IntakeResult::created).toList()));
            assertEquals(Set.of("SO-2026-000001"), Set.copyOf(results.stream().map(r -> r.order().number()).toList()));
        } finally {
            twoClerks.shutdownNow();
        }
        assertEquals(1, rows("SALES_ORDER.SALES_ORDER"));
        assertEquals(1, derby.events().size());
        assertEquals(1, derby.audit().size());
        // the loser's number was rolled back with it: the sequence hands it out again
        assertEquals("SO-2026-000002", sales.create(draft("PO-1002", LAMP, "1"), Channel.REST, REP).order().number());
    }

    @Test
    void anInterchangeWithOneBadOrderSavesNoneAndNamesTheBadOnesFields() {
        List<ExternalOrder> orders = List.of(new ExternalOrder("0001", draft("PO-2001", LAMP, "3"), null),
                new ExternalOrder("0002", draft("PO-2002", "NO-SUCH-LAMP", "0"), null));

        ValidationException refused = assertThrows(ValidationException.class,
                () -> sales.createInterchange("ACME", "000000101", orders, GATEWAY));

        assertEquals(List.of("orders[1].lines[0].productCode", "orders[1].lines[0].quantity"),
                refused.problems().stream().map(FieldProblem::field).toList());
        assertEquals(0, rows("SALES_ORDER.SALES_ORDER"));
        assertEquals(0, rows("SALES_ORDER.EXTERNAL_REF"));
        assertEquals(List.of(), derby.events());
        assertEquals(List.of(), derby.audit());

        // corrected and sent again: both taken, with the numbers the refused attempt had taken and given back
        List<ExternalOrder> corrected = List.of(orders.get(0),
                new ExternalOrder("0002", draft("PO-2002", LAMP, "2"), null));
        InterchangeIntake taken = sales.createInterchange("ACME", "000000101", corrected, GATEWAY);
        assertFalse(taken.replayed());
        assertEquals(List.of("SO-2026-000001", "SO-2026-000002"), numbers(taken));
        assertEquals(Channel.EDI, sales.find("SO-2026-000002").orElseThrow().channel());
        assertEquals(2, derby.events().size());

        InterchangeIntake replayed = sales.createInterchange("ACME", "000000101", corrected, GATEWAY);
        assertTrue(replayed.replayed());
        assertEquals(numbers(taken), numbers(replayed));
        assertEquals(2, rows("SALES_ORDER.SALES_ORDER"));
        assertEquals(2, derby.events().size());
    }

    @Test
    void aPartlyDispatchedOrderAwaitsTheRestAndOnlyAReturnCanChangeIt() {
        String number = orderAwaitingShipment();
        RecordCodec codec = new RecordCodec();

        logistics(codec).onEvent(codec.toEvent(number, CLOCK.now(),
                dispatched("SH-2026-000001", "60", OrderStage.OPEN)));

        assertEquals(OrderStatus.AWAITING_SHIPMENT, sales.find(number).orElseThrow().status());
        assertEquals(List.of("Shipment SH-2026-000001 dispatched by EXPRESS, arrival about 2026-03-05: line 1 60 of"
                + " 100 shipped (partly shipped)"), logisticsTimeline(number));
        OrderLifecycleServiceImpl lifecycle = new OrderLifecycleServiceImpl(derby.jpa(), derby.migrations(),
                derby.transactions(), derby.outbox(), derby.auditTrail(), CLOCK);
        ConflictException cancel = assertThrows(ConflictException.class,
                () -> lifecycle.cancel(number, "customer changed their mind", MANAGER));
        assertEquals("cannot cancel an order some of which was dispatched; only a return can change it now",
                cancel.getMessage());
        OrderChangeServiceImpl changes = new OrderChangeServiceImpl(derby.jpa(), derby.migrations(),
                derby.transactions(), derby.outbox(), derby.auditTrail(), CLOCK);
        assertThrows(ConflictException.class, () -> changes.request(number, new ChangeDraft(null,
                List.of(new LineChange(1, new BigDecimal("80"), null)), "fewer lamps"), REP));
        assertEquals(OrderStatus.AWAITING_SHIPMENT, sales.find(number).orElseThrow().status());
        assertEquals(1, derby.events().size()); // sales-order/RECEIVED only: nothing cancelled, nothing requested
        // a hold changes neither lines nor outcome: still allowed
        assertEquals(OrderStatus.ON_HOLD, lifecycle.hold(number, "customer disputes an invoice", MANAGER).status());
    }

    @Test
    void theLastShipmentShipsTheOrderAndTheSignOffCompletesIt() {
        String number = orderAwaitingShipment();
        RecordCodec codec = new RecordCodec();
        LogisticsProgress logistics = logistics(codec);

        logistics.onEvent(codec.toEvent(number, CLOCK.now(), dispatched("SH-2026-000001", "100", OrderStage.SHIPPED)));
        assertEquals(OrderStatus.SHIPPED, sales.find(number).orElseThrow().status());
        logistics.onEvent(codec.toEvent(number, CLOCK.now(), new TrackingUpdated("SH-2026-000001", "SF1",
                "sf-express", Milestone.DELIVERED, List.of(), "OK", "2026-03-05T16:40", "+08:00", "OFFSET_GIVEN",
                "Shenzhen")));
        assertEquals(OrderStatus.SHIPPED, sales.find(number).orElseThrow().status(), "delivered is not signed for");
        assertEquals("Shipment SH-2026-000001 delivered per sf-express SF1 at 2026-03-05T16:40 +08:00 (offset given)"
                + " in Shenzhen", logisticsTimeline(number).get(1));
        logistics.onEvent(codec.toEvent(number, CLOCK.now(), signedOff("SH-2026-000001")));

        assertEquals(OrderStatus.COMPLETED, sales.find(number).orElseThrow().status());
        assertEquals(List.of("AWAITING_SHIPMENT -> SHIPPED: logistics reports the order SHIPPED",
                "SHIPPED -> COMPLETED: logistics reports the order COMPLETED"), statusChanges());
        assertEquals(3, logisticsTimeline(number).size());
    }

    @Test
    void aSignOffOfAnOrderStillAwaitingShipmentCompletesItThroughShippedOnceHoweverOftenItComes() {
        String number = orderAwaitingShipment();
        RecordCodec codec = new RecordCodec();
        LogisticsProgress logistics = logistics(codec);
        DomainEvent signedOff = codec.toEvent(number, CLOCK.now(), signedOff("SH-2026-000001"));

        logistics.onEvent(signedOff);
        logistics.onEvent(signedOff); // the relay delivers again after a crash before it recorded the delivery

        assertEquals(OrderStatus.COMPLETED, sales.find(number).orElseThrow().status());
        assertEquals(List.of("AWAITING_SHIPMENT -> SHIPPED: logistics reports the order COMPLETED",
                "SHIPPED -> COMPLETED: logistics reports the order COMPLETED"), statusChanges());
        assertEquals(List.of("Signed off by Li Na at 2026-03-06T10:15+08:00 for shipment SH-2026-000001, per the"
                + " carrier's proof of delivery: line 1 100 of 100 shipped (completed)"), logisticsTimeline(number));
    }

    /** An order of 100 lamps, confirmed and fully reserved as review and the warehouse leave it. */
    @Test
    void financeReadsTheOrdersOnCreditAndThePrepaymentsSalesRecordedBeforeIt() {
        String number = orderAwaitingShipment();
        String pending = sales.create(draft("PO-3002", LAMP, "10"), Channel.REST, REP).order().number();
        update("INSERT INTO SALES_ORDER.PREPAYMENT (ORDER_NO, AMOUNT, CURRENCY, REFERENCE, RECEIVED_AT, RECORDED_BY)"
                + " VALUES ('" + number + "', 615.0000, 'CNY', 'BANK-1', TIMESTAMP('2026-02-27 11:00:00'), 'fred')");

        List<RecordedPrepayments.Recorded> recorded = new RecordedPrepaymentsImpl(derby.jpa(), derby.migrations(),
                derby.transactions()).recorded();
        assertEquals(1, recorded.size());
        RecordedPrepayments.Recorded first = recorded.get(0);
        assertEquals(List.of(number, ACME.id(), Money.of("615.00", "CNY"), "BANK-1", "fred"), List.of(
                first.orderNumber(), first.customerId(), first.amount(), first.reference(), first.recordedBy()));

        Map<String, Money> onCredit = derby.jpa().txExpr(TransactionType.Required, em -> OrderQueries.creditOrders(
                em, ACME.id(), "CNY"));
        assertEquals(Map.of(number, Money.of("2050.00", "CNY")), onCredit,
                "the order awaiting shipment on NET30 counts; " + pending + ", not confirmed yet, does not");
    }

    @Test
    void aReplacementIsPlacedConfirmedAtNoChargeOncePerRma() {
        String original = orderDispatched();
        ReplacementOrderServiceImpl replacements = replacements();
        ReplacementRequest request = new ReplacementRequest("RMA-2026-000001", original,
                List.of(new ReplacementRequest.Line(1, new BigDecimal("5"))));

        SalesOrder placed = replacements.place(request, DIRECTOR);

        SalesOrder kept = sales.find(placed.number()).orElseThrow(); // read back from the database
        assertEquals(List.of(OrderStatus.CONFIRMED, OrderType.REPLACEMENT, Channel.AFTER_SALES),
                List.of(kept.status(), kept.type(), kept.channel()));
        assertEquals(List.of("RMA-2026-000001", original, "RMA-2026-000001", "NET30", "dora"), List.of(kept.rma(),
                kept.replacementFor(), kept.customerPo(), kept.paymentTerms(), kept.enteredBy()));
        assertEquals(List.of(), kept.review());
        assertEquals(Money.of("0.00", "CNY"), kept.total());
        assertEquals(Money.of("0.00", "CNY"), kept.lines().get(0).unitPrice());
        assertEquals(0, new BigDecimal("5").compareTo(kept.lines().get(0).quantity()));
        assertEquals(CLOCK.now(), kept.confirmedAt());

        // the original's RECEIVED, then the replacement's two
        List<EventPayload> events = List.copyOf(derby.events().subList(1, derby.events().size()));
        OrderReceived received = (OrderReceived) events.get(0);
        OrderConfirmed confirmed = (OrderConfirmed) events.get(1);
        assertEquals(2, events.size());
        assertEquals(List.of("REPLACEMENT", original, List.of()), List.of(received.type(), received.replacementFor(),
                received.reviewSteps()));
        assertEquals(List.of("REPLACEMENT", original, "SOUTH", 0), List.of(confirmed.type(),
                confirmed.replacementFor(), confirmed.region(), confirmed.prepaymentPercent()));
        assertEquals(0, BigDecimal.ZERO.compareTo(confirmed.total()));
        AuditRecord audited = derby.audit().get(derby.audit().size() - 1);
        assertEquals(List.of("ORDER_CONFIRMED", placed.number(), "dora", Roles.SALES_DIRECTOR,
                "exchange approved for RMA-2026-000001"), List.of(audited.action(), audited.subject(),
                audited.actor(), audited.role(), audited.reason()));

        // the exchange is after-sales': a sales rep neither changes nor a manager cancels the replacement
        OrderChangeServiceImpl changes = new OrderChangeServiceImpl(derby.jpa(), derby.migrations(),
                derby.transactions(), derby.outbox(), derby.auditTrail(), CLOCK);
        assertTrue(assertThrows(ConflictException.class, () -> changes.request(placed.number(), new ChangeDraft(null,
                List.of(new LineChange(1, new BigDecimal("9"), null)), "more lamps"), REP)).getMessage()
                .contains("goes through after-sales"));
        OrderLifecycleServiceImpl lifecycle = new OrderLifecycleServiceImpl(derby.jpa(), derby.migrations(),
                derby.transactions(), derby.outbox(), derby.auditTrail(), CLOCK);
        assertThrows(ConflictException.class, () -> lifecycle.cancel(placed.number(), "not needed", MANAGER));

        // after-sales retried after a crash: the same order, nothing more
        assertEquals(placed.number(), replacements.place(request, DIRECTOR).number());
        assertEquals(placed.number(), replacements.replacement("RMA-2026-000001").orElseThrow().number());
        assertEquals(3, derby.events().size());
        assertEquals(2, rows("SALES_ORDER.SALES_ORDER"));
        ConflictException other = assertThrows(ConflictException.class, () -> replacements.place(
                new ReplacementRequest("RMA-2026-000001", original, List.of(new ReplacementRequest.Line(1,
                        BigDecimal.ONE))), DIRECTOR));
        assertTrue(other.getMessage().startsWith("rma RMA-2026-000001 has its replacement order " + placed.number()),
                other.getMessage());
        assertEquals(Optional.empty(), replacements.replacement("RMA-2026-000002"));
    }

    @Test
    void aReplacementTakesTheSalesDirectorAnOrderThatExistsAndWasDispatched() {
        String pending = sales.create(draft("PO-4001", LAMP, "10"), Channel.REST, REP).order().number();
        ReplacementOrderServiceImpl replacements = replacements();
        ReplacementRequest ofPending = new ReplacementRequest("RMA-2026-000002", pending,
                List.of(new ReplacementRequest.Line(1, BigDecimal.ONE)));

        assertThrows(ForbiddenException.class, () -> replacements.place(ofPending, REP));
        assertThrows(ForbiddenException.class, () -> replacements.place(ofPending, Actor.SYSTEM));
        assertEquals("originalOrder " + pending + ": nothing of it was dispatched, so nothing of it can be replaced",
                assertThrows(ConflictException.class, () -> replacements.place(ofPending, DIRECTOR)).getMessage());
        ValidationException unknown = assertThrows(ValidationException.class, () -> replacements.place(
                new ReplacementRequest("RMA-2026-000002", "SO-2026-999999", ofPending.lines()), DIRECTOR));
        assertEquals(List.of(new FieldProblem("originalOrder", "no order SO-2026-999999")), unknown.problems());
        assertEquals(1, rows("SALES_ORDER.SALES_ORDER"));
        assertEquals(1, derby.events().size());
    }

    @Test
    void twoCallsForOneRmaRacingPlaceOneReplacement() throws Exception {
        String original = orderDispatched();
        ReplacementRequest request = new ReplacementRequest("RMA-2026-000003", original,
                List.of(new ReplacementRequest.Line(1, BigDecimal.TEN)));
        ReplacementOrderServiceImpl replacements = replacements();
        ExecutorService twoDirectors = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            Callable<SalesOrder> place = () -> {
                together.await(10, TimeUnit.SECONDS);
                return replacements.place(request, DIRECTOR);
            };
            List<Future<SalesOrder>> calls = List.of(twoDirectors.submit(place), twoDirectors.submit(place));
            assertEquals(calls.get(0).get(60, TimeUnit.SECONDS).number(), calls.get(1).get(60, TimeUnit.SECONDS)
                    .number());
        } finally {
            twoDirectors.shutdownNow();
        }
        assertEquals(2, rows("SALES_ORDER.SALES_ORDER"));
        assertEquals(3, derby.events().size());
    }

    private ReplacementOrderServiceImpl replacements() {
        return new ReplacementOrderServiceImpl(derby.jpa(), derby.migrations(), derby.transactions(), derby.outbox(),
                derby.auditTrail(), derby.sequences(), MasterDataStandIns.customers(ACME), CLOCK);
    }

    /** An order of 100 lamps shipped in full. */
    private String orderDispatched() {
        String number = sales.create(draft("PO-3001", LAMP, "100"), Channel.REST, REP).order().number();
        update("UPDATE SALES_ORDER.SALES_ORDER SET STATUS = 'SHIPPED', DISPATCHED_AT = TIMESTAMP('2026-03-01"
                + " 09:00:00') WHERE ORDER_NO = '" + number + "'");
        return number;
    }

    private String orderAwaitingShipment() {
        String number = sales.create(draft("PO-3001", LAMP, "100"), Channel.REST, REP).order().number();
        update("UPDATE SALES_ORDER.SALES_ORDER SET STATUS = 'AWAITING_SHIPMENT' WHERE ORDER_NO = '" + number + "'");
        return number;
    }

    private LogisticsProgress logistics(EventCodec codec) {
        return new LogisticsProgress(derby.jpa(), derby.migrations(), derby.transactions(),
                new AppliedEventsImpl(derby.dataSource(), derby.transactions()), derby.auditTrail(), codec);
    }

    private static Dispatched dispatched(String shipment, String shipped, OrderStage stage) {
        return new Dispatched(shipment, ACME.id(), "PO-3001", ShippingMethod.EXPRESS, LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-05"), List.of(), List.of(new Dispatched.Item(1, LAMP, "4000K",
                new BigDecimal(shipped), "pcs")), List.of(lamps(shipped)), stage, null);
    }

    private static SignedOff signedOff(String shipment) {
        return new SignedOff(shipment, "Li Na", "2026-03-06T10:15+08:00", SignOffSource.CARRIER_POD,
                List.of(lamps("100")), OrderStage.COMPLETED);
    }

    private static LineProgress lamps(String shipped) {
        return new LineProgress(1, LAMP, new BigDecimal("100"), new BigDecimal(shipped), BigDecimal.ZERO);
    }

    private List<String> logisticsTimeline(String number) {
        return sales.timeline(number).stream().filter(entry -> entry.type().startsWith("logistics/"))
                .map(TimelineEntry::summary).toList();
    }

    /** The status changes other departments' news made, as audited. */
    private List<String> statusChanges() {
        return derby.audit().stream().filter(entry -> entry.action().startsWith("ORDER_STATUS_"))
                .map(AuditRecord::details).toList();
    }

    private static List<String> numbers(InterchangeIntake intake) {
        return intake.orders().stream().map(r -> r.order().number()).toList();
    }

    private void update(String sql) {
        try (Connection c = derby.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int rows(String table) {
        try (Connection c = derby.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet count = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            count.next();
            return count.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
