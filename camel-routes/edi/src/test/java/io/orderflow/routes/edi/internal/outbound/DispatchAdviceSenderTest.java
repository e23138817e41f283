package io.orderflow.routes.edi.internal.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.orderflow.logistics.api.OrderStage;
import io.orderflow.logistics.api.ShippingMethod;
import io.orderflow.logistics.api.event.Dispatched;
import io.orderflow.logistics.api.event.LineProgress;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.routes.edi.internal.ledger.InterchangeView;
import io.orderflow.routes.edi.internal.partner.Acknowledgement;
import io.orderflow.routes.edi.internal.partner.Delimiters;
import io.orderflow.routes.edi.internal.partner.DuplicatePolicy;
import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.partner.Standard;
import io.orderflow.routes.edi.internal.partner.Strictness;
import io.orderflow.routes.edi.internal.partner.Transport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The dispatch advice from {@code logistics/DISPATCHED} to the partner's outbox and the ledger: built through the
 * constructors on an in-memory ledger, with the partners' profiles and outboxes as maps and a clock that moves.
 */
class DispatchAdviceSenderTest {

    private static final Instant DISPATCHED = Instant.parse("2026-12-03T06:00:00Z");
    private static final int ACK_OVERDUE_HOURS = 24;

    private final OutboundBench bench = new OutboundBench(DISPATCHED);
    private final Map<String, Partner> profiles = Map.of("ACME", partner("ACME", true), "QUIET", partner("QUIET",
            false));
    private final Dispatched dispatched = new Dispatched("SH-2026-000007", "CUST-B", "PO-7781",
            ShippingMethod.EXPRESS, LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 6), List.of(
            new Dispatched.Package("SF-EXPRESS", "SF1000001", "006141410000000018"),
            new Dispatched.Package("SF-EXPRESS", "SF1000002", "006141410000000025")), List.of(
            new Dispatched.Item(1, "LED-LAMP", null, new BigDecimal("50"), "PCS"),
            new Dispatched.Item(2, "DESK-LAMP", null, new BigDecimal("20"), "PCS")), List.of(
            new LineProgress(1, "LED-LAMP", new BigDecimal("50"), new BigDecimal("50"), BigDecimal.ZERO),
            new LineProgress(2, "DESK-LAMP", new BigDecimal("20"), new BigDecimal("20"), BigDecimal.ZERO)),
            OrderStage.SHIPPED, null);
    private final DispatchAdviceSender sender = new DispatchAdviceSender(bench.outbound(profiles, ACK_OVERDUE_HOURS),
            OutboundBench.codecOf(dispatched));

    @AfterEach
    void dropDatabase() {
        bench.close();
    }

    private static Partner partner(String id, boolean dispatchAdvice) {
        return new Partner(id, Standard.X12, "004010", "ZZ", id, "ZZ", "ORDERFLOW", "CUST-B", Acknowledgement.X12_997,
                false, DuplicatePolicy.REJECT, Strictness.LENIENT, Delimiters.X12, Transport.FOLDER, dispatchAdvice);
    }

    private static DomainEvent dispatchOf(String orderNumber) {
        return DomainEvent.of(Dispatched.TYPE, orderNumber, DISPATCHED, Map.of());
    }

    @Test
    void aPartnerThatSwitchedItOnGetsAn856AwaitingIts997AndListedOverdueAfterTheConfiguredHours() {
        bench.orderCameFrom("ACME", "SO-2026-000042");
        DomainEvent event = dispatchOf("SO-2026-000042");

        sender.onEvent(event);

        bench.wroteOnly("ACME", "856-000000001.x12", List.of("ST*856*0001~", "PRF*PO-7781~",
                "REF*VN*SO-2026-000042~", "LIN*10*BP*NW-4711*UP*012345678905~", "LIN*20*VP*DESK-LAMP~",
                "MAN*GM*006141410000000018~", "MAN*GM*006141410000000025~", "REF*2I*SF1000001~", "SN1**50*EA~"));
        InterchangeView advice = bench.awaitsAcknowledgement(DISPATCHED, ACK_OVERDUE_HOURS);
        assertEquals(List.of("ACME", "1", "856", "004010"), List.of(advice.partner(), advice.controlNumber(),
                advice.messages(), advice.version()));
        bench.deliveredAgainWritesTheSameFile(sender::onEvent, event, "ACME");
    }

    @Test
    void aPartnerWithoutTheSwitchAndAnOrderFromAnotherChannelGetNothing() {
        bench.orderCameFrom("QUIET", "SO-2026-000043");

        sender.onEvent(dispatchOf("SO-2026-000043"));
        sender.onEvent(dispatchOf("SO-2026-000044")); // taken by phone: the ledger has no partner order for it

        assertEquals(Map.of(), bench.outboxes);
        assertEquals(List.of(), bench.sent());
    }
}
