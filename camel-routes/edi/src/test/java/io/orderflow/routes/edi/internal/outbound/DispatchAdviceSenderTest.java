package io.orderflow.routes.edi.internal.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.logistics.api.OrderStage;
import io.orderflow.logistics.api.ShippingMethod;
import io.orderflow.logistics.api.event.Dispatched;
import io.orderflow.logistics.api.event.LineProgress;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.testkit.InMemoryDepartment;
import io.orderflow.routes.edi.internal.ledger.EdiLedger;
import io.orderflow.routes.edi.internal.ledger.InterchangeHeader;
import io.orderflow.routes.edi.internal.ledger.InterchangeState;
import io.orderflow.routes.edi.internal.ledger.InterchangeView;
import io.orderflow.routes.edi.internal.ledger.LedgerViews;
import io.orderflow.routes.edi.internal.ledger.OrderLink;
import io.orderflow.routes.edi.internal.partner.Acknowledgement;
import io.orderflow.routes.edi.internal.partner.Delimiters;
import io.orderflow.routes.edi.internal.partner.DuplicatePolicy;
import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.partner.Standard;
import io.orderflow.routes.edi.internal.partner.Strictness;
import io.orderflow.routes.edi.internal.partner.Transport;
import io.orderflow.routes.edi.internal.syntax.ItemNumber;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The dispatch advice from {@code logistics/DISPATCHED} to the partner's outbox and the ledger: built through the
 * constructors on an in-memory ledger, with the partners' profiles and outboxes as maps and a clock that moves.
 */
class DispatchAdviceSenderTest {

    private static final Instant DISPATCHED = Instant.parse("2026-12-03T06:00:00Z");
    private static final int ACK_OVERDUE_HOURS = 24;

    private final InMemoryDepartment derby = InMemoryDepartment.withoutUnit("edi");
    private final EdiLedger ledger = new EdiLedger(derby.migrations(), derby.transactions());
    private final LedgerViews views = new LedgerViews(derby.migrations(), derby.transactions());
    private final Map<String, Partner> profiles = Map.of("ACME", partner("ACME", true), "QUIET", partner("QUIET",
            false));
    /** What each partner's outbox holds, by file name. */
    private final Map<String, Map<String, byte[]>> outboxes = new LinkedHashMap<>();
    private final Dispatched dispatched = new Dispatched("SH-2026-000007", "CUST-B", "PO-7781",
            ShippingMethod.EXPRESS, LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 6), List.of(
            new Dispatched.Package("SF-EXPRESS", "SF1000001", "006141410000000018"),
            new Dispatched.Package("SF-EXPRESS", "SF1000002", "006141410000000025")), List.of(
            new Dispatched.Item(1, "LED-LAMP", null, new BigDecimal("50"), "PCS"),
            new Dispatched.Item(2, "DESK-LAMP", null, new BigDecimal("20"), "PCS")), List.of(
            new LineProgress(1, "LED-LAMP", new BigDecimal("50"), new BigDecimal("50"), BigDecimal.ZERO),
            new LineProgress(2, "DESK-LAMP", new BigDecimal("20"), new BigDecimal("20"), BigDecimal.ZERO)),
            OrderStage.SHIPPED, null);
    /** The platform's codec reads the stored payload into the record; here the record is at hand. */
    private final EventCodec codec = new EventCodec() {
        @Override
        public DomainEvent toEvent(String aggregateId, Instant occurredAt, EventPayload payload) {
            throw new UnsupportedOperationException("the gateway appends no events");
        }

        @Override
        public <T extends EventPayload> T payload(DomainEvent event, Class<T> type) {
            return type.cast(dispatched);
        }
    };
    private Instant now = DISPATCHED;
    private final DispatchAdviceSender sender = new DispatchAdviceSender(new PartnerOutbound(ledger,
            id -> Optional.ofNullable(profiles.get(id)),
            partner -> (name, content) -> outboxes.computeIfAbsent(partner.id(), id -> new LinkedHashMap<>())
                    .put(name, content),
            // a business clock read afresh each time, so that the test moves time on
            () -> ACK_OVERDUE_HOURS, order -> false, () -> Clock.fixed(now, ZoneOffset.UTC)), codec);

    @AfterEach
    void dropDatabase() {
        derby.close();
    }

    private static Partner partner(String id, boolean dispatchAdvice) {
        return new Partner(id, Standard.X12, "004010", "ZZ", id, "ZZ", "ORDERFLOW", "CUST-B", Acknowledgement.X12_997,
                false, DuplicatePolicy.REJECT, Strictness.LENIENT, Delimiters.X12, Transport.FOLDER, dispatchAdvice);
    }

    /** The partner's order as its 850 came: line 1 with its own item number and UPC, line 2 with ours only. */
    private void orderCameFrom(String partner, String orderNumber) {
        long document = ledger.receive(partner, orderNumber + ".x12", orderNumber, new byte[] {1}, DISPATCHED)
                .documentId();
        long interchange = ledger.begin(partner, new InterchangeHeader(orderNumber, "X12", "004010", "850", 1,
                List.of()), document, 0, DISPATCHED).interchangeId();
        ledger.ordersCreated(interchange, 1, List.of(new OrderLink(orderNumber, partner, interchange, "0001",
                "PO-7781", List.of("10", "20"), List.of(List.of(new ItemNumber("BP", "NW-4711"),
                new ItemNumber("UP", "012345678905")), List.of(new ItemNumber("VP", "DESK-LAMP"))))), DISPATCHED);
    }

    private static DomainEvent dispatchOf(String orderNumber) {
        return DomainEvent.of(Dispatched.TYPE, orderNumber, DISPATCHED, Map.of());
    }

    private List<InterchangeView> sent() {
        return views.interchanges(null, EdiLedger.OUT, null, 10);
    }

    @Test
    void aPartnerThatSwitchedItOnGetsAn856AwaitingIts997AndListedOverdueAfterTheConfiguredHours() {
        orderCameFrom("ACME", "SO-2026-000042");
        DomainEvent event = dispatchOf("SO-2026-000042");

        sender.onEvent(event);

        Map<String, byte[]> outbox = outboxes.get("ACME");
        assertEquals(List.of("856-000000001.x12"), List.copyOf(outbox.keySet()));
        String written = new String(outbox.get("856-000000001.x12"), StandardCharsets.ISO_8859_1);
        for (String segment : List.of("ST*856*0001~", "PRF*PO-7781~", "REF*VN*SO-2026-000042~",
                "LIN*10*BP*NW-4711*UP*012345678905~", "LIN*20*VP*DESK-LAMP~", "MAN*GM*006141410000000018~",
                "MAN*GM*006141410000000025~", "REF*2I*SF1000001~", "SN1**50*EA~")) {
            assertTrue(written.contains(segment), segment + " in " + written);
        }
        InterchangeView advice = sent().get(0);
        assertEquals(List.of("ACME", "1", "856", "004010", InterchangeState.SENT), List.of(advice.partner(),
                advice.controlNumber(), advice.messages(), advice.version(), advice.state()));
        assertEquals(DISPATCHED.plus(Duration.ofHours(ACK_OVERDUE_HOURS)), advice.acknowledgementDue());
        assertEquals(List.of(), views.overdue(DISPATCHED.plus(Duration.ofHours(ACK_OVERDUE_HOURS - 1))));
        assertEquals(List.of(advice.id()), views.overdue(DISPATCHED.plus(Duration.ofHours(ACK_OVERDUE_HOURS))
                .plusSeconds(1)).stream().map(InterchangeView::id).toList());

        now = DISPATCHED.plusSeconds(600); // the relay delivers the event again: the same file, no new number
        sender.onEvent(event);
        assertEquals(List.of("856-000000001.x12"), List.copyOf(outboxes.get("ACME").keySet()));
        assertEquals(1, sent().size());
    }

    @Test
    void aPartnerWithoutTheSwitchAndAnOrderFromAnotherChannelGetNothing() {
        orderCameFrom("QUIET", "SO-2026-000043");

        sender.onEvent(dispatchOf("SO-2026-000043"));
        sender.onEvent(dispatchOf("SO-2026-000044")); // taken by phone: the ledger has no partner order for it

        assertEquals(Map.of(), outboxes);
        assertEquals(List.of(), sent());
    }
}
