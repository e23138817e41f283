package io.orderflow.routes.edi.internal.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.syntax.ItemNumber;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the senders' tests share: an in-memory ledger, the partners' profiles and outboxes as maps, a business clock
 * the test moves on, and a partner's order as its 850 left it in the ledger.
 */
final class OutboundBench implements AutoCloseable {

    private final InMemoryDepartment derby = InMemoryDepartment.withoutUnit("edi");
    final EdiLedger ledger = new EdiLedger(derby.migrations(), derby.transactions());
    final LedgerViews views = new LedgerViews(derby.migrations(), derby.transactions());
    /** What each partner's outbox holds, by file name. */
    final Map<String, Map<String, byte[]>> outboxes = new LinkedHashMap<>();
    /** The business clock's instant, read afresh each time. */
    Instant now;

    OutboundBench(Instant now) {
        this.now = now;
    }

    /** The senders' shared part over these profiles; an order the ledger has no partner for came by phone. */
    PartnerOutbound outbound(Map<String, Partner> profiles, int ackOverdueHours) {
        return new PartnerOutbound(ledger, id -> Optional.ofNullable(profiles.get(id)),
                partner -> (name, content) -> outboxes.computeIfAbsent(partner.id(), id -> new LinkedHashMap<>())
                        .put(name, content),
                () -> ackOverdueHours, order -> false, () -> Clock.fixed(now, ZoneOffset.UTC));
    }

    /** The platform's codec reads the stored payload into the record; here the record is at hand. */
    static EventCodec codecOf(EventPayload payload) {
        return new EventCodec() {
            @Override
            public DomainEvent toEvent(String aggregateId, Instant occurredAt, EventPayload ignored) {
                throw new UnsupportedOperationException("the gateway appends no events");
            }

            @Override
            public <T extends EventPayload> T payload(DomainEvent event, Class<T> type) {
                return type.cast(payload);
            }
        };
    }

    /** The partner's order as its 850 came: line 1 with its own item number and UPC, line 2 with ours only. */
    void orderCameFrom(String partner, String orderNumber) {
        long document = ledger.receive(partner, orderNumber + ".x12", orderNumber, new byte[] {1}, now)
                .documentId();
        long interchange = ledger.begin(partner, new InterchangeHeader(orderNumber, "X12", "004010", "850", 1,
                List.of()), document, 0, now).interchangeId();
        ledger.ordersCreated(interchange, 1, List.of(new OrderLink(orderNumber, partner, interchange, "0001",
                "PO-7781", List.of("10", "20"), List.of(List.of(new ItemNumber("BP", "NW-4711"),
                new ItemNumber("UP", "012345678905")), List.of(new ItemNumber("VP", "DESK-LAMP"))))), now);
    }

    /** What we sent, newest first. */
    List<InterchangeView> sent() {
        return views.interchanges(null, EdiLedger.OUT, null, 10);
    }

    /** The partner's outbox holds this one file, and it holds these segments. */
    void wroteOnly(String partner, String file, List<String> segments) {
        assertEquals(List.of(file), List.copyOf(outboxes.get(partner).keySet()));
        String written = new String(outboxes.get(partner).get(file), StandardCharsets.ISO_8859_1);
        for (String segment : segments) {
            assertTrue(written.contains(segment), segment + " in " + written);
        }
    }

    /** The one interchange sent: it awaits its acknowledgement and is listed overdue only once {@code hours} passed. */
    InterchangeView awaitsAcknowledgement(Instant sentAt, int hours) {
        assertEquals(1, sent().size());
        InterchangeView sent = sent().get(0);
        Instant due = sentAt.plus(Duration.ofHours(hours));
        assertEquals(List.of(InterchangeState.SENT, due), List.of(sent.state(), sent.acknowledgementDue()));
        assertEquals(List.of(), views.overdue(due.minusSeconds(1)));
        assertEquals(List.of(sent.id()), views.overdue(due.plusSeconds(1)).stream().map(InterchangeView::id)
                .toList());
        return sent;
    }

    /** The relay delivers the event again later: the same file under the same name, no new control number. */
    void deliveredAgainWritesTheSameFile(Consumer<DomainEvent> sender, DomainEvent event, String partner) {
        List<String> files = List.copyOf(outboxes.get(partner).keySet());
        now = now.plusSeconds(600);
        sender.accept(event);
        assertEquals(files, List.copyOf(outboxes.get(partner).keySet()));
        assertEquals(1, sent().size());
    }

    @Override
    public void close() {
        derby.close();
    }
}
