package io.orderflow.routes.edi.internal.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.logistics.api.OrderStage;
import io.orderflow.logistics.api.ShippingMethod;
import io.orderflow.logistics.api.TrackingEvent;
import io.orderflow.logistics.api.TrackingService;
import io.orderflow.logistics.api.event.Dispatched;
import io.orderflow.platform.api.error.DepartmentUnavailableException;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.testkit.InMemoryDepartment;
import io.orderflow.platform.testkit.RecordCodec;
import io.orderflow.routes.edi.internal.inbound.Departments;
import io.orderflow.routes.edi.internal.inbound.FileIntake;
import io.orderflow.routes.edi.internal.inbound.InterchangeProcessor;
import io.orderflow.routes.edi.internal.ledger.DocumentState;
import io.orderflow.routes.edi.internal.ledger.EdiLedger;
import io.orderflow.routes.edi.internal.ledger.UnmatchedStatuses;
import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.partner.Standard;
import io.orderflow.routes.edi.internal.syntax.EdiReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A carrier's 214 / IFTSTA file taken as the partner route takes it (FileIntake on an in-memory ledger): its statuses
 * go to a stand-in for logistics' tracking service, it is acknowledged per the partner's profile, statuses without a
 * shipment are kept and applied once when a {@code logistics/DISPATCHED} brings their tracking number.
 */
class CarrierStatusIntakeTest {

    private static final Instant NOW = Instant.parse("2026-03-03T18:00:00Z");

    private final InMemoryDepartment derby = InMemoryDepartment.withoutUnit("edi");
    private final EdiLedger ledger = new EdiLedger(derby.migrations(), derby.transactions());
    private final UnmatchedStatuses unmatched = new UnmatchedStatuses(derby.migrations(), derby.transactions());
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Departments departments = Departments.away();
    private final FileIntake intake = new FileIntake(ledger, new EdiReader(),
            new InterchangeProcessor(ledger, departments, unmatched, null, clock), clock);
    private final Map<String, byte[]> outbox = new LinkedHashMap<>();
    private final Logistics logistics = new Logistics();

    /** Logistics as the carrier edge meets it: shipments by tracking number, each event kept once. */
    private static final class Logistics implements TrackingService {
        final Set<String> shipped = new HashSet<>();
        final Set<String> known = new HashSet<>();
        final List<TrackingEvent> applied = new ArrayList<>();

        @Override
        public List<Outcome> record(List<TrackingEvent> events) {
            return events.stream().map(e -> {
                if (!shipped.contains(e.trackingNumber())) {
                    return Outcome.UNMATCHED;
                }
                if (!known.add(e.providerEventId())) {
                    return Outcome.DUPLICATE;
                }
                applied.add(e);
                return Outcome.APPLIED;
            }).toList();
        }

        @Override
        public Optional<Tracking> tracking(String shipmentId) {
            return Optional.empty();
        }
    }

    @AfterEach
    void dropDatabase() {
        derby.close();
    }

    private FileIntake.Taken take(Partner partner, String sample) throws Exception {
        byte[] content = StatusMessagesTest.bytes(sample);
        return intake.take(partner, sample, sample + "|" + content.length, content.length, 1 << 20, () -> content,
                outbox::put);
    }

    private String written(String name) {
        return new String(outbox.get(name), StandardCharsets.ISO_8859_1);
    }

    private static Partner ups() {
        return StatusMessagesTest.carrier(Standard.X12, "004010", "", "America/New_York");
    }

    @Test
    void statusesWithoutAShipmentAreKeptAndAppliedOnceWhenAShipmentWithTheirTrackingNumberIsDispatched()
            throws Exception {
        departments.logistics().bind(logistics);

        FileIntake.Taken taken = take(ups(), "x12-214-statuses.edi");

        assertEquals(DocumentState.PROCESSED, taken.outcome().state(), taken.outcome().reason());
        String ack = written("997-000000001.x12");
        assertTrue(ack.contains("AK1*QM*7001~") && ack.contains("AK5*A~") && ack.contains("AK9*A*1*1*1~"), ack);
        assertEquals(List.of(), logistics.applied);
        assertEquals(5, unmatched.waiting("ups", 100).size());

        logistics.shipped.add("1Z999AA10123456784");
        RecordCodec codec = new RecordCodec();
        UnmatchedStatusRetry retry = new UnmatchedStatusRetry(unmatched, codec, () -> clock);
        retry.bindTracking(logistics);
        DomainEvent event = codec.toEvent("SO-2026-000042", NOW, dispatched("1Z999AA10123456784"));
        retry.onEvent(event);

        assertEquals(List.of("X3/NS", "X6/NS", "AG/A1", "D1/NS"), logistics.applied.stream().map(TrackingEvent::code)
                .toList());
        assertEquals(List.of("1Z999AA10123456799"), unmatched.waiting(null, 100).stream()
                .map(kept -> kept.event().trackingNumber()).toList());

        retry.onEvent(event); // the relay delivers it again
        assertEquals(4, logistics.applied.size());
    }

    @Test
    void anIftstaIsAnsweredWithTheContrlItsProfileAsksForAndItsStatusesReachLogistics() throws Exception {
        departments.logistics().bind(logistics);
        logistics.shipped.addAll(List.of("SF1000001", "SF1000001-P1"));

        FileIntake.Taken taken = take(StatusMessagesTest.carrier(Standard.EDIFACT, "D01B", "", "Europe/Berlin"),
                "edifact-iftsta-statuses.edi");

        assertEquals(DocumentState.PROCESSED, taken.outcome().state(), taken.outcome().reason());
        assertTrue(written("CONTRL-1.edi").contains("UCI+IC0701+CARRIERGLN:14+RECEIVERGLN:14+7'"),
                written("CONTRL-1.edi"));
        assertEquals(List.of("10", "Z1", "21/Z2"), logistics.applied.stream().map(TrackingEvent::code).toList());
        assertEquals(List.of("SF1000009"), unmatched.waiting("ups", 100).stream()
                .map(kept -> kept.event().trackingNumber()).toList());
    }

    @Test
    void aMalformed214IsRejectedWithIts997LikeABad850AndNothingReachesLogistics() throws Exception {
        departments.logistics().bind(logistics);
        logistics.shipped.add("1Z999AA10123456784");

        FileIntake.Taken taken = take(ups(), "x12-214-errors.edi");

        assertEquals(DocumentState.REJECTED, taken.outcome().state());
        String ack = written("997-000000001.x12");
        assertTrue(ack.contains("AK2*214*0001~") && ack.contains("AK5*R") && ack.contains("AK9*R*1*1*0~"), ack);
        assertTrue(ack.contains("AK3*B10*2"), "the missing SCAC is named: " + ack);
        assertEquals(List.of(), logistics.applied);
        assertEquals(List.of(), unmatched.waiting(null, 100));
    }

    @Test
    void whileLogisticsIsAwayTheFileWaitsAndIsTakenOnceWhenItIsBack() throws Exception {
        assertThrows(DepartmentUnavailableException.class, () -> take(ups(), "x12-214-statuses.edi"));
        assertEquals(Map.of(), outbox);
        assertEquals(List.of(), unmatched.waiting(null, 100));

        departments.logistics().bind(logistics);
        logistics.shipped.add("1Z999AA10123456799");
        FileIntake.Taken taken = take(ups(), "x12-214-statuses.edi");

        assertEquals(DocumentState.PROCESSED, taken.outcome().state(), taken.outcome().reason());
        assertEquals(List.of("AF/NS"), logistics.applied.stream().map(TrackingEvent::code).toList());
        assertEquals(List.of("997-000000001.x12"), List.copyOf(outbox.keySet()));
        assertEquals(4, unmatched.waiting(null, 100).size());
    }

    private static Dispatched dispatched(String trackingNumber) {
        return new Dispatched("SH-2026-000007", "CUST-B", "PO-7781", ShippingMethod.EXPRESS, LocalDate.of(2026, 3, 2),
                null, List.of(new Dispatched.Package("UPS", trackingNumber, "")), List.of(), List.of(),
                OrderStage.SHIPPED, null);
    }
}
