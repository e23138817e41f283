package io.orderflow.logistics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.logistics.api.Freight;
import io.orderflow.logistics.api.FreightTerms;
import io.orderflow.logistics.api.Milestone;
import io.orderflow.logistics.api.OnTimeDelivery;
import io.orderflow.logistics.api.OrderShipping;
import io.orderflow.logistics.api.OrderStage;
import io.orderflow.logistics.api.Parcel;
import io.orderflow.logistics.api.RestDecision;
import io.orderflow.logistics.api.Shipment;
import io.orderflow.logistics.api.ShipmentDraft;
import io.orderflow.logistics.api.ShipmentRelease.ReleaseDecision;
import io.orderflow.logistics.api.ShipmentStatus;
import io.orderflow.logistics.api.ShippingMethod;
import io.orderflow.logistics.api.SignOffSource;
import io.orderflow.logistics.api.TrackingEvent;
import io.orderflow.logistics.api.TrackingFlag;
import io.orderflow.logistics.api.TrackingService.Outcome;
import io.orderflow.logistics.api.TrackingService.Tracking;
import io.orderflow.logistics.api.ZoneSource;
import io.orderflow.logistics.api.event.BackorderClosed;
import io.orderflow.logistics.api.event.Dispatched;
import io.orderflow.logistics.api.event.SignedOff;
import io.orderflow.logistics.api.event.TrackingUpdated;
import io.orderflow.logistics.internal.domain.Sscc;
import io.orderflow.platform.api.Address;
import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.ProductCode;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.DepartmentUnavailableException;
import io.orderflow.platform.api.error.ForbiddenException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.internal.event.AppliedEventsImpl;
import io.orderflow.platform.testkit.InMemoryDepartment;
import io.orderflow.platform.testkit.RecordCodec;
import io.orderflow.salesorder.api.Channel;
import io.orderflow.salesorder.api.ExternalOrder;
import io.orderflow.salesorder.api.IntakeResult;
import io.orderflow.salesorder.api.InterchangeIntake;
import io.orderflow.salesorder.api.OrderDraft;
import io.orderflow.salesorder.api.OrderLine;
import io.orderflow.salesorder.api.OrderQuery;
import io.orderflow.salesorder.api.OrderStatus;
import io.orderflow.salesorder.api.OrderType;
import io.orderflow.salesorder.api.Page;
import io.orderflow.salesorder.api.SalesOrder;
import io.orderflow.salesorder.api.SalesOrderService;
import io.orderflow.salesorder.api.TimelineEntry;
import io.orderflow.salesorder.api.event.OrderRevised;
import io.orderflow.salesorder.api.event.OrderedLine;
import io.orderflow.salesorder.api.event.PromisedDateChanged;
import io.orderflow.warehouse.api.OrderLineQuantity;
import io.orderflow.warehouse.api.OrderReservation;
import io.orderflow.warehouse.api.ReservationService;
import io.orderflow.warehouse.api.ShipmentCheck;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Logistics on an in-memory Derby ({@link InMemoryDepartment}) with its shipped migrations and the real unit, on
 * business days the test sets: the lists and the measure on fixed dates, the refusals, the events and the SSCCs, and
 * carriers' tracking events.
 * Sales, the warehouse and the release are stand-ins that answer as those departments would.
 */
class LogisticsPersistenceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Actor LENA = new Actor("lena", Set.of(Roles.LOGISTICS));
    private static final Freight COMPANY = new Freight(FreightTerms.COMPANY, null);

    private final InMemoryDepartment derby = new InMemoryDepartment("orderflow-logistics");
    private final AtomicReference<Clock> clock = new AtomicReference<>(at("2026-03-02"));
    private final Map<String, SalesOrder> salesOrders = new HashMap<>();
    private final List<String> issued = new ArrayList<>();

    @AfterEach
    void dropDatabase() {
        derby.close();
    }

    private static Clock at(String day) {
        return Clock.fixed(LocalDate.parse(day).atTime(10, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
    }

    private ShipmentServiceImpl service(String gs1Prefix) {
        ShipmentServiceImpl service = new ShipmentServiceImpl(derby.jpa(), derby.migrations(), derby.transactions(),
                derby.outbox(), derby.auditTrail(), derby.sequences(), () -> clock.get(), config(gs1Prefix));
        service.bind(sales(), warehouse(), request -> new ReleaseDecision(true, "credit", "within its limit"));
        return service;
    }

    private static ShippingSettings.Config config(String gs1Prefix) {
        return new ShippingSettings.Config() {
            @Override
            public String[] dedicatedThresholds() {
                return new String[] {"CNY=10000"};
            }

            @Override
            public int bookingLeadDays() {
                return 3;
            }

            @Override
            public int expressDays() {
                return 3;
            }

            @Override
            public String gs1CompanyPrefix() {
                return gs1Prefix;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return ShippingSettings.Config.class;
            }
        };
    }

    /** An order of customer A awaiting shipment: {@code quantity} LED lamps at 25.00 in {@code currency}. */
    private String awaitingShipment(String number, int quantity, String currency, LocalDate promised) {
        Money price = Money.of("25.00", currency);
        OrderLine line = new OrderLine(1, new ProductCode("LED-LAMP"), "4000K", BigDecimal.valueOf(quantity), "pcs",
                price, price, price.times(BigDecimal.valueOf(quantity)));
        salesOrders.put(number, new SalesOrder(number, OrderStatus.AWAITING_SHIPMENT, null, 1, "CUST-A", "PO-" + number,
                OrderType.CUSTOMER, Channel.REST, promised, new Address("1 Factory Road", null, "Shenzhen", "518000",
                "CN"), "NET30", null, false, false, false, null, List.of(line), line.amount(), List.of(), List.of(),
                "ann", Instant.parse("2026-02-20T02:00:00Z"), null, null));
        return number;
    }

    private static ShipmentDraft draft(String number, int quantity, RestDecision rest, String reason) {
        return new ShipmentDraft(number, List.of(new ShipmentDraft.Line(1, BigDecimal.valueOf(quantity))), rest, reason,
                COMPANY);
    }

    private Shipment dispatched(ShipmentServiceImpl service, String number, int quantity) {
        Shipment planned = service.create(draft(number, quantity, null, null), LENA);
        return service.dispatch(planned.id(), List.of(new Parcel("SF-EXPRESS", "SF-" + planned.id(), null)), LENA);
    }

    private void signOff(ShipmentServiceImpl service, Shipment shipment) {
        service.signOff(shipment.id(), "Li Na", OffsetDateTime.now(clock.get()).minusHours(1), SignOffSource.CUSTOMER_WORD,
                LENA);
    }

    @Test
    void overdueDeliveriesAndTheOnTimeRateFollowTheBusinessDays() {
        ShipmentServiceImpl service = service("");
        Shipment early = dispatched(service, awaitingShipment("SO-1", 10, "CNY", LocalDate.parse("2026-03-10")), 10);
        Shipment tight = dispatched(service, awaitingShipment("SO-2", 10, "CNY", LocalDate.parse("2026-03-05")), 10);
        assertEquals(LocalDate.parse("2026-03-05"), early.estimatedArrival(), "express: three calendar days");
        assertEquals(issued, List.of(early.id(), tight.id()), "the warehouse issued each shipment's stock");

        clock.set(at("2026-03-05"));
        assertEquals(List.of(), service.overdueDeliveries(), "due today is not overdue yet");
        clock.set(at("2026-03-06"));
        assertEquals(List.of(early.id(), tight.id()), service.overdueDeliveries().stream().map(Shipment::id).toList());

        signOff(service, early);
        signOff(service, tight);
        assertEquals(List.of(), service.overdueDeliveries());
        OnTimeDelivery march = service.onTime(YearMonth.of(2026, 3));
        assertEquals(2, march.delivered());
        assertEquals(1, march.onTime());
        assertEquals(new BigDecimal("0.5000"), march.rate());
        assertEquals(List.of("SO-2"), march.lateOrders(), "promised the 5th, signed for the 6th");
        assertEquals(0, service.onTime(YearMonth.of(2026, 2)).delivered());
        assertEquals(null, service.onTime(YearMonth.of(2026, 2)).rate());
    }

    @Test
    void everyLogisticsEventCarriesTheLinesProgressAndTheOrdersStage() {
        ShipmentServiceImpl service = service("");
        String number = awaitingShipment("SO-3", 100, "CNY", LocalDate.parse("2026-03-20"));
        Shipment first = dispatched(service, number, 60);
        Shipment second = service.create(draft(number, 30, RestDecision.CANCEL_REST, "damaged in stock"), LENA);
        assertEquals(OrderStage.OPEN, service.order(number).orElseThrow().stage(), "30 still wait to be dispatched");
        service.dispatch(second.id(), List.of(new Parcel("SF-EXPRESS", "SF-9", null)), LENA);
        signOff(service, first);

        List<EventPayload> events = derby.events();
        Dispatched dispatched = (Dispatched) events.get(0);
        assertEquals(OrderStage.OPEN, dispatched.stage());
        assertEquals(0, new BigDecimal("60").compareTo(dispatched.lines().get(0).shipped()));
        assertEquals("PO-SO-3", dispatched.customerPo());
        assertEquals(new Dispatched.Freight(FreightTerms.COMPANY, null, null), dispatched.freight());
        BackorderClosed closed = (BackorderClosed) events.get(1);
        assertEquals(0, BigDecimal.TEN.compareTo(closed.closed().get(0).quantity()));
        assertEquals("4000K", closed.closed().get(0).specification());
        assertEquals("damaged in stock", closed.reason());
        assertEquals(OrderStage.SHIPPED, ((Dispatched) events.get(2)).stage(), "everything shipped or closed");
        SignedOff signedOff = (SignedOff) events.get(3);
        assertEquals(OrderStage.SHIPPED, signedOff.stage(), "the second shipment is not signed for yet");
        assertTrue(signedOff.signedAt().endsWith("+08:00"), signedOff.signedAt());
        assertTrue(derby.audit().stream().anyMatch(a -> a.action().equals("BACKORDER_CLOSED")
                && a.actor().equals("lena") && "damaged in stock".equals(a.reason())));
    }

    @Test
    void packagesCarryAnSsccWhenACompanyPrefixIsConfigured() {
        ShipmentServiceImpl service = service("0614141");
        String number = awaitingShipment("SO-4", 10, "CNY", LocalDate.parse("2026-03-20"));
        Shipment planned = service.create(draft(number, 10, null, null), LENA);
        Shipment shipped = service.dispatch(planned.id(), List.of(new Parcel("SF-EXPRESS", "SF-1", null),
                new Parcel("SF-EXPRESS", "SF-2", null)), LENA);
        List<String> codes = shipped.packages().stream().map(Parcel::sscc).toList();
        assertEquals(2, codes.stream().distinct().count());
        for (String code : codes) {
            assertEquals(18, code.length());
            assertTrue(code.startsWith("00614141"), code);
            assertEquals(Sscc.of(0, "0614141", Long.parseLong(code.substring(8, 17))), code, "its check digit");
        }
    }

    /** Replacement {@code number}, zero-priced, of {@code quantity} lamps of order {@code original}. */
    private String replacementAwaitingShipment(String number, String original, int quantity) {
        Money zero = Money.of("0.00", "CNY");
        OrderLine line = new OrderLine(1, new ProductCode("LED-LAMP"), "4000K", BigDecimal.valueOf(quantity), "pcs",
                zero, Money.of("25.00", "CNY"), zero);
        salesOrders.put(number, new SalesOrder(number, OrderStatus.AWAITING_SHIPMENT, null, 1, "CUST-A",
                "RMA-" + number, OrderType.REPLACEMENT, Channel.AFTER_SALES, LocalDate.parse("2026-03-20"),
                new Address("1 Factory Road", null, "Shenzhen", "518000", "CN"), "NET30", null, false, false, false,
                null, List.of(line), zero, List.of(), List.of(), "dora", Instant.parse("2026-03-01T02:00:00Z"), null,
                null, "RMA-" + number, original));
        return number;
    }

    @Test
    void aReplacementShipsByTheVehicleRuleOnItsOriginalOrdersAmount() {
        ShipmentServiceImpl service = service("");
        awaitingShipment("SO-1", 500, "CNY", LocalDate.parse("2026-03-10")); // 12,500 CNY: above the 10,000 threshold
        awaitingShipment("SO-2", 100, "CNY", LocalDate.parse("2026-03-10")); // 2,500 CNY

        Shipment ofLarge = service.create(draft(replacementAwaitingShipment("SO-R1", "SO-1", 2), 2, null, null), LENA);
        Shipment ofSmall = service.create(draft(replacementAwaitingShipment("SO-R2", "SO-2", 2), 2, null, null), LENA);

        assertEquals(ShippingMethod.DEDICATED_VEHICLE, ofLarge.method(), "two lamps, but of a 12,500 CNY order");
        assertEquals(ShippingMethod.EXPRESS, ofSmall.method());
        ConflictException unknown = assertThrows(ConflictException.class, () -> service.create(
                draft(replacementAwaitingShipment("SO-R3", "SO-404", 2), 2, null, null), LENA));
        assertEquals("replacement order SO-R3 ships by the vehicle rule on its original order SO-404, which sales"
                + " does not know; nothing was shipped", unknown.getMessage());
        assertEquals(Optional.empty(), service.order("SO-R3"));
    }

    @Test
    void whatCannotShipIsRefusedAndNothingIsKept() {
        ShipmentServiceImpl service = service("");
        String number = awaitingShipment("SO-5", 10, "CNY", LocalDate.parse("2026-03-20"));
        service.bind(sales(), warehouse(), null);
        ConflictException noRelease = assertThrows(ConflictException.class,
                () -> service.create(draft(number, 10, null, null), LENA));
        assertTrue(noRelease.getMessage().contains("no payment release is running"), noRelease.getMessage());

        service.bind(sales(), warehouse(), request -> new ReleaseDecision(false, "PAYMENT_VERIFIED",
                "the prepayment is not verified"));
        assertTrue(assertThrows(ConflictException.class, () -> service.create(draft(number, 10, null, null), LENA))
                .getMessage().contains("(PAYMENT_VERIFIED): the prepayment is not verified"));

        service.bind(null, warehouse(), request -> new ReleaseDecision(true, "credit", "ok"));
        assertEquals("sales order", assertThrows(DepartmentUnavailableException.class,
                () -> service.create(draft(number, 10, null, null), LENA)).department());

        service.bind(sales(), warehouse(), request -> new ReleaseDecision(true, "credit", "ok"));
        String dollars = awaitingShipment("SO-6", 10, "USD", LocalDate.parse("2026-03-20"));
        assertEquals("currency", assertThrows(ValidationException.class,
                () -> service.create(draft(dollars, 10, null, null), LENA)).problems().get(0).field());
        assertEquals("lines[0].quantity", assertThrows(ValidationException.class,
                () -> service.create(draft(number, 11, null, null), LENA)).problems().get(0).field());
        assertEquals("restReason", assertThrows(ValidationException.class,
                () -> service.create(draft(number, 5, RestDecision.CANCEL_REST, " "), LENA)).problems().get(0).field());
        assertThrows(ForbiddenException.class, () -> service.create(
                draft(number, 10, null, null), new Actor("ann", Set.of(Roles.SALES_REP))));
        assertEquals(Optional.empty(), service.order(number), "nothing was kept");
        assertEquals(List.of(), derby.events());
    }

    @Test
    void aRevisedOrdersPlannedShipmentIsGivenUpAndTheNextShipmentTakesTheRevisedOrder() {
        ShipmentServiceImpl service = service("");
        String number = awaitingShipment("SO-7", 10, "CNY", LocalDate.parse("2026-03-20"));
        Shipment planned = service.create(draft(number, 10, null, null), LENA);
        RecordCodec codec = new RecordCodec();
        SalesOrderChanges changes = new SalesOrderChanges(derby.jpa(), derby.migrations(), derby.transactions(),
                new AppliedEventsImpl(derby.dataSource(), derby.transactions()), derby.auditTrail(), () -> clock.get(),
                codec);

        awaitingShipment(number, 8, "CNY", LocalDate.parse("2026-03-25"));
        DomainEvent revised = codec.toEvent(number, clock.get().instant(), new OrderRevised(7, 2,
                LocalDate.parse("2026-03-25"), new BigDecimal("200.00"), "CNY", List.of(new OrderedLine(1, "LED-LAMP",
                "4000K", new BigDecimal("8"), "pcs"))));
        changes.onEvent(revised);
        changes.onEvent(revised); // delivered again: nothing more happens
        assertEquals(ShipmentStatus.CANCELLED, service.shipment(planned.id()).orElseThrow().status());
        assertEquals(1, derby.audit().stream().filter(a -> a.action().equals("SHIPMENT_CANCELLED")).count());

        assertEquals("lines[0].quantity", assertThrows(ValidationException.class,
                () -> service.create(draft(number, 10, null, null), LENA)).problems().get(0).field(),
                "the revised order has 8");
        service.create(draft(number, 8, null, null), LENA);
        OrderShipping order = service.order(number).orElseThrow();
        assertEquals(0, new BigDecimal("8").compareTo(order.lines().get(0).ordered()));
        assertEquals(0, order.lines().get(0).open().signum());

        changes.onEvent(codec.toEvent(number, clock.get().instant(), new PromisedDateChanged(
                LocalDate.parse("2026-03-25"), LocalDate.parse("2026-03-01"), "material shortage", "", "ann")));
        Shipment shipped = service.dispatch(service.shipments(number, ShipmentStatus.PLANNED).get(0).id(),
                List.of(new Parcel("SF-EXPRESS", "SF-7", null)), LENA);
        signOff(service, shipped);
        assertEquals(List.of(number), service.onTime(YearMonth.of(2026, 3)).lateOrders(),
                "measured against the new promise");
    }

    private TrackingServiceImpl tracking() {
        return new TrackingServiceImpl(derby.jpa(), derby.migrations(), derby.transactions(), derby.outbox(),
                derby.auditTrail(), () -> clock.get());
    }

    /** A carrier's event with its Shanghai time ({@code local}, offset given), received now. */
    private TrackingEvent carrierEvent(String trackingNumber, String eventId, String code, Milestone milestone,
                                       String local, String signer, boolean proofOfDelivery, TrackingFlag... flags) {
        return new TrackingEvent("sf-express", trackingNumber, eventId, code, milestone, Set.of(flags),
                LocalDateTime.parse(local), 8 * 3600, ZoneSource.OFFSET_GIVEN, "Shenzhen Nanshan", null, signer,
                proofOfDelivery, clock.get().instant());
    }

    private TrackingEvent carrierEvent(String trackingNumber, String code, Milestone milestone, String local,
                                       TrackingFlag... flags) {
        return carrierEvent(trackingNumber, null, code, milestone, local, null, false, flags);
    }

    private List<TrackingUpdated> trackingUpdates() {
        return derby.events().stream().filter(TrackingUpdated.class::isInstance).map(TrackingUpdated.class::cast)
                .toList();
    }

    @Test
    void trackingEventsFindTheirShipmentByAnyOfItsTrackingNumbersOnceItIsDispatched() {
        ShipmentServiceImpl service = service("");
        TrackingServiceImpl tracking = tracking();
        Shipment planned = service.create(draft(awaitingShipment("SO-11", 10, "CNY", LocalDate.parse("2026-03-10")),
                10, null, null), LENA);
        TrackingEvent pickedUp = carrierEvent("SF-A1", "evt-1", "PU", Milestone.PICKED_UP, "2026-03-02T11:00", null,
                false);
        assertEquals(List.of(Outcome.UNMATCHED), tracking.record(List.of(pickedUp)), "no package has SF-A1 yet");
        assertEquals(List.of(), tracking.tracking(planned.id()).orElseThrow().history(), "nothing kept");

        service.dispatch(planned.id(), List.of(new Parcel("SF-EXPRESS", "SF-A1", null),
                new Parcel("SF-EXPRESS", "SF-A2", null)), LENA);
        TrackingEvent secondPackage = carrierEvent("SF-A2", "IT", Milestone.IN_TRANSIT, "2026-03-02T18:00");
        assertEquals(List.of(Outcome.APPLIED, Outcome.APPLIED), tracking.record(List.of(pickedUp, secondPackage)),
                "the carrier tries the unmatched event again");
        assertEquals(List.of(Outcome.DUPLICATE, Outcome.DUPLICATE, Outcome.APPLIED), tracking.record(List.of(
                carrierEvent("SF-A1", "evt-1", "PU2", Milestone.PICKED_UP, "2026-03-02T11:05", null, false),
                carrierEvent("SF-A2", "IT", Milestone.IN_TRANSIT, "2026-03-02T18:00"),
                carrierEvent("SF-A2", "IT", Milestone.IN_TRANSIT, "2026-03-02T22:00"))),
                "known by the carrier's id, then by tracking number, code and time; the same code later is news");
        Tracking shipment = tracking.tracking(planned.id()).orElseThrow();
        assertEquals(Milestone.IN_TRANSIT, shipment.milestone());
        assertEquals(List.of("SF-A1", "SF-A2", "SF-A2"), shipment.history().stream()
                .map(TrackingEvent::trackingNumber).toList(), "both packages' events, in time order");
        assertEquals(List.of(Milestone.PICKED_UP, Milestone.IN_TRANSIT), trackingUpdates().stream()
                .map(TrackingUpdated::milestone).toList(), "appended only when the milestone or flags changed");

        tracking.record(List.of(carrierEvent("SF-A1", "IT", Milestone.IN_TRANSIT, "2026-03-03T06:00",
                TrackingFlag.DELAYED)));
        TrackingUpdated delayed = trackingUpdates().get(2);
        assertEquals(List.of(TrackingFlag.DELAYED), delayed.flags());
        assertEquals(Set.of(TrackingFlag.DELAYED), tracking.tracking(planned.id()).orElseThrow().flags());
        assertEquals(Milestone.IN_TRANSIT, service.shipment(planned.id()).orElseThrow().milestone());
        assertEquals("events[0].code", assertThrows(ValidationException.class, () -> tracking.record(List.of(
                carrierEvent("SF-A1", " ", Milestone.IN_TRANSIT, "2026-03-03T07:00")))).problems().get(0).field());
        assertEquals(4, tracking.tracking(planned.id()).orElseThrow().history().size());
    }

    @Test
    void aDeliveredShipmentAwaitsSignOffAndALateEventDoesNotMoveItBack() {
        ShipmentServiceImpl service = service("");
        TrackingServiceImpl tracking = tracking();
        String number = awaitingShipment("SO-12", 10, "CNY", LocalDate.parse("2026-03-10"));
        Shipment shipment = dispatched(service, number, 10);
        String trackingNumber = shipment.packages().get(0).trackingNumber();
        // a signer, but this carrier's proof of delivery does not count as sign-off
        tracking.record(List.of(carrierEvent(trackingNumber, "e-9", "OK", Milestone.DELIVERED, "2026-03-04T15:30",
                "Li Na", false)));
        Shipment delivered = service.shipment(shipment.id()).orElseThrow();
        assertEquals(ShipmentStatus.AWAITING_SIGNOFF, delivered.status());
        assertEquals(Milestone.DELIVERED, delivered.milestone());
        TrackingUpdated update = trackingUpdates().get(0);
        assertEquals(List.of("2026-03-04T15:30", "+08:00", "OFFSET_GIVEN", "Shenzhen Nanshan"),
                List.of(update.localTime(), update.offset(), update.zoneSource(), update.location()));

        assertEquals(List.of(Outcome.APPLIED), tracking.record(List.of(carrierEvent(trackingNumber, "IT",
                Milestone.IN_TRANSIT, "2026-03-03T20:00"))));
        Tracking late = tracking.tracking(shipment.id()).orElseThrow();
        assertEquals(Milestone.DELIVERED, late.milestone());
        assertEquals(List.of(Milestone.IN_TRANSIT, Milestone.DELIVERED), late.history().stream()
                .map(TrackingEvent::milestone).toList());
        assertEquals(1, trackingUpdates().size(), "nothing changed");

        clock.set(at("2026-03-06"));
        assertEquals(List.of(shipment.id()), service.overdueDeliveries().stream().map(Shipment::id).toList(),
                "delivered is not signed for");
        signOff(service, delivered);
        assertEquals(ShipmentStatus.SIGNED_OFF, service.shipment(shipment.id()).orElseThrow().status());
        assertEquals(OrderStage.COMPLETED, service.order(number).orElseThrow().stage());
    }

    @Test
    void aCarriersProofOfDeliverySignsTheShipmentOffAndCompletesTheOrder() {
        ShipmentServiceImpl service = service("");
        String number = awaitingShipment("SO-13", 10, "CNY", LocalDate.parse("2026-03-10"));
        Shipment shipment = dispatched(service, number, 10);
        tracking().record(List.of(carrierEvent(shipment.packages().get(0).trackingNumber(), "e-1", "OK",
                Milestone.DELIVERED, "2026-03-04T15:30", "Li Na", true)));

        Shipment signed = service.shipment(shipment.id()).orElseThrow();
        assertEquals(ShipmentStatus.SIGNED_OFF, signed.status());
        assertEquals(SignOffSource.CARRIER_POD, signed.signOff().source());
        assertEquals(OffsetDateTime.parse("2026-03-04T15:30+08:00"), signed.signOff().signedAt(),
                "as the carrier said");
        assertEquals(OrderStage.COMPLETED, service.order(number).orElseThrow().stage());
        SignedOff signedOff = (SignedOff) derby.events().get(derby.events().size() - 1);
        assertEquals(List.of("Li Na", "CARRIER_POD", "COMPLETED"), List.of(signedOff.signer(),
                signedOff.source().name(), signedOff.stage().name()));
        assertTrue(derby.audit().stream().anyMatch(a -> a.action().equals("SIGNED_OFF") && a.actor().equals("system")));
    }

    @Test
    void aTerminalMilestoneOnAnUndeliveredShipmentIsHistoryOnly() {
        ShipmentServiceImpl service = service("");
        TrackingServiceImpl tracking = tracking();
        Shipment shipment = dispatched(service, awaitingShipment("SO-14", 10, "CNY", LocalDate.parse("2026-03-10")),
                10);
        String trackingNumber = shipment.packages().get(0).trackingNumber();
        tracking.record(List.of(carrierEvent(trackingNumber, "RT", Milestone.RETURNED, "2026-03-04T09:00",
                TrackingFlag.REFUSED)));
        tracking.record(List.of(carrierEvent(trackingNumber, "e-2", "OK", Milestone.DELIVERED, "2026-03-05T09:00",
                "Li Na", true)));
        Shipment returned = service.shipment(shipment.id()).orElseThrow();
        assertEquals(ShipmentStatus.DISPATCHED, returned.status());
        assertEquals(Milestone.RETURNED, returned.milestone(), "it sticks");
        assertEquals(Set.of(TrackingFlag.REFUSED), tracking.tracking(shipment.id()).orElseThrow().flags());
        assertEquals(2, tracking.tracking(shipment.id()).orElseThrow().history().size());
    }

    private SalesOrderService sales() {
        return new SalesOrderService() {
            @Override
            public Optional<SalesOrder> find(String number) {
                return Optional.ofNullable(salesOrders.get(number));
            }

            @Override
            public IntakeResult create(OrderDraft draft, Channel channel, Actor actor) {
                throw new UnsupportedOperationException();
            }

            @Override
            public InterchangeIntake createInterchange(String partner, String interchange, List<ExternalOrder> orders,
                                                       Actor actor) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Page<SalesOrder> list(OrderQuery query) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<TimelineEntry> timeline(String number) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<String> numbersStartingWith(String prefix, int limit) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** The warehouse: every line fits its reservation; issues are recorded by shipment id. */
    private ReservationService warehouse() {
        return new ReservationService() {
            @Override
            public ShipmentCheck checkShipment(String orderNumber, List<OrderLineQuantity> lines) {
                return new ShipmentCheck(orderNumber, true, List.of());
            }

            @Override
            public void issueForShipment(String orderNumber, String shipmentId, List<OrderLineQuantity> lines,
                                         Actor actor) {
                issued.add(shipmentId);
            }

            @Override
            public void releaseRest(String orderNumber, String reference, List<OrderLineQuantity> lines, String reason,
                                    Actor actor) {
                throw new UnsupportedOperationException("a closed rest reaches the warehouse as an event");
            }

            @Override
            public OrderReservation reserve(String orderNumber, String region, int revision, LocalDate dueOn,
                                            List<OrderLineQuantity> lines) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<OrderReservation> release(String orderNumber, String reason) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<OrderReservation> reservation(String orderNumber) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<OrderReservation> receiveProduced(String orderNumber, String product, BigDecimal quantity,
                                                              String reference, Actor actor) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
