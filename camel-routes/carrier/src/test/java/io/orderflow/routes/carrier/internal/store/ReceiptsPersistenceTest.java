package io.orderflow.routes.carrier.internal.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.platform.testkit.InMemoryDepartment;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The receipt store on an in-memory Derby with the shipped db/CARRIER scripts, by plain JDBC as in the bundle. */
class ReceiptsPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-12-08T07:30:00Z");
    private static final byte[] BODY = "{\"trackingNumber\":\"SF1\",\"code\":\"in_transit\"}"
            .getBytes(StandardCharsets.UTF_8);

    private final InMemoryDepartment derby = InMemoryDepartment.withoutUnit("carrier");
    private final Receipts receipts = new Receipts(derby.migrations(), derby.transactions());

    @AfterEach
    void dropDatabase() {
        derby.close();
    }

    @Test
    void aWebhookIsKeptAsReceivedOnceAndItsReplayFindsIt() {
        Receipts.Kept first = receipts.keep("acme", "msg_1", NOW, "application/json", "webhook-id: msg_1\n", BODY);
        Receipts.Kept again = receipts.keep("acme", "msg_1", NOW, "application/json", "webhook-id: msg_1\n", BODY);
        Receipts.Kept other = receipts.keep("other", "msg_1", NOW, "application/json", "", BODY);
        receipts.keep("acme", null, NOW, "application/json", "", BODY);
        receipts.keep("acme", null, NOW, "application/json", "", BODY);

        assertFalse(first.replay());
        assertTrue(again.replay());
        assertEquals(first.id(), again.id());
        assertFalse(other.replay(), "event ids are the carrier's own");
        List<Receipt> pending = receipts.pending(10);
        assertEquals(4, pending.size(), "two without an id are two webhooks");
        assertArrayEquals(BODY, pending.get(0).body(), "the bytes as received");
        assertEquals(ReceiptState.PENDING, pending.get(0).state());
    }

    @Test
    void unmatchedTrackingNumbersWaitForTheirDispatchAndAnUnreadableBodyIsKeptAndListed() {
        long waiting = receipts.keep("acme", "msg_1", NOW, "application/json", "", BODY).id();
        long unreadable = receipts.keep("acme", "msg_2", NOW, "application/json", "", BODY).id();
        receipts.applied(List.of(new Receipts.Applied(waiting, 2, Set.of("SF1"), false)), NOW);
        receipts.unparseable(unreadable, "code: is required", NOW);

        assertEquals(List.of(), receipts.pending(10));
        assertEquals(List.of("SF1"), receipts.unmatched().stream().map(Receipts.Unmatched::trackingNumber).toList());
        assertEquals("code: is required", receipts.list("acme", ReceiptState.UNPARSEABLE, 10).get(0).problem());
        assertEquals(0, receipts.rematch(List.of("SF9")), "no one named SF9");
        assertEquals(1, receipts.rematch(List.of("SF1")));
        assertEquals(List.of(waiting), receipts.pending(10).stream().map(Receipt::id).toList());
        assertEquals(2, receipts.pending(10).get(0).events(), "applied before: its unmatched rows are replaced");

        receipts.applied(List.of(new Receipts.Applied(waiting, 2, Set.of(), true)), NOW);
        assertEquals(List.of(), receipts.unmatched());
        assertEquals(List.of(new Receipts.Count("acme", ReceiptState.APPLIED, 1),
                new Receipts.Count("acme", ReceiptState.UNPARSEABLE, 1)), receipts.counts());
        assertEquals(2, receipts.list(null, null, 10).size());
    }
}
