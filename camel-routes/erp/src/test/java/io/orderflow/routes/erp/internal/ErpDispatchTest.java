package io.orderflow.routes.erp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.orderflow.finance.api.Posting;
import io.orderflow.finance.api.PostingQueue;
import io.orderflow.finance.api.PostingState;
import io.orderflow.routes.erp.internal.JournalCalls.Booked;
import io.orderflow.routes.erp.internal.JournalCalls.NoAnswer;
import io.orderflow.routes.erp.internal.JournalCalls.Outcome;
import io.orderflow.routes.erp.internal.JournalCalls.Refused;
import io.orderflow.routes.erp.internal.JournalCalls.Unreachable;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.xml.ws.WebServiceException;
import org.junit.jupiter.api.Test;

/** The dispatch's decisions against finance's queue and an ERP that books, refuses, is down or does not answer. */
class ErpDispatchTest {

    /** Finance's queue as a map of states, moves as the real one allows them (illegal ones fail the test). */
    private static final class Queue implements PostingQueue {
        final Map<String, PostingState> states = new LinkedHashMap<>();
        final Map<String, String> notes = new HashMap<>();

        private Posting posting(String key) {
            return new Posting(key, "PAYMENT", key.substring(0, key.indexOf('~')), 1, "CUST-A", "CNY",
                    LocalDate.parse("2026-03-02"), List.of(), states.get(key), null, null, Instant.EPOCH,
                    Instant.EPOCH);
        }

        private List<Posting> in(List<PostingState> wanted, int limit) {
            return states.keySet().stream().filter(k -> wanted.contains(states.get(k))).limit(limit)
                    .map(this::posting).toList();
        }

        private void move(String key, List<PostingState> from, PostingState to, String note) {
            if (!from.contains(states.get(key))) {
                throw new AssertionError(key + " is " + states.get(key) + ", not one of " + from);
            }
            states.put(key, to);
            notes.put(key, note);
        }

        @Override
        public List<Posting> pending(int limit) {
            return in(List.of(PostingState.PENDING), limit);
        }

        @Override
        public List<Posting> inDoubt(int limit) {
            return in(List.of(PostingState.SENT, PostingState.UNKNOWN), limit);
        }

        @Override
        public void sending(String key) {
            move(key, List.of(PostingState.PENDING), PostingState.SENT, null);
        }

        @Override
        public void confirmed(String key, String erpReference) {
            move(key, List.of(PostingState.SENT, PostingState.UNKNOWN), PostingState.CONFIRMED, erpReference);
        }

        @Override
        public void rejected(String key, String message) {
            move(key, List.of(PostingState.SENT), PostingState.REJECTED, message);
        }

        @Override
        public void unknown(String key, String message) {
            move(key, List.of(PostingState.SENT), PostingState.UNKNOWN, message);
        }

        @Override
        public void notFound(String key) {
            move(key, List.of(PostingState.SENT, PostingState.UNKNOWN), PostingState.PENDING, null);
        }
    }

    /** An ERP whose answer to each post is scripted; it keeps what it booked. */
    private static final class Erp implements JournalCalls {
        final List<Outcome> answers = new ArrayList<>();
        final Map<String, String> booked = new HashMap<>();
        boolean down;

        @Override
        public Outcome post(Posting posting) {
            Outcome answer = answers.isEmpty() ? new Booked("JE-" + posting.key()) : answers.remove(0);
            if (answer instanceof Booked || answer instanceof NoAnswer) {
                booked.put(posting.key(), "JE-" + posting.key()); // a lost answer after the ERP committed
            }
            return answer;
        }

        @Override
        public Optional<String> find(String key) {
            if (down) {
                throw new WebServiceException("Could not send Message.", new java.net.ConnectException("refused"));
            }
            return Optional.ofNullable(booked.get(key));
        }
    }

    private static ErpSettings settings() {
        return new ErpSettings() {
            public String address() { return "http://127.0.0.1:1/journal"; }
            public String username() { return ""; }
            public String password() { return ""; }
            public String trustedCertificates() { return ""; }
            public int connectTimeoutMillis() { return 1000; }
            public int receiveTimeoutMillis() { return 1000; }
            public int pollDelayMillis() { return 100; }
            public int batchSize() { return 10; }
            public int backoffInitialMillis() { return 1000; }
            public int backoffMaxMillis() { return 4000; }
            public Class<? extends Annotation> annotationType() { return ErpSettings.class; }
        };
    }

    private final Queue queue = new Queue();
    private final Erp erp = new Erp();
    private final AtomicLong now = new AtomicLong(0);
    private final ErpDispatch dispatch = new ErpDispatch(() -> queue, erp, settings(), now::get);

    @Test
    void anOutageBacksOffAndThenEveryPostingIsBookedOnce() {
        queue.states.put("PAY-2026-000001~1", PostingState.PENDING);
        queue.states.put("PAY-2026-000002~1", PostingState.PENDING);
        erp.answers.add(new Unreachable("ConnectException: refused"));
        dispatch.look();
        assertEquals(PostingState.PENDING, queue.states.get("PAY-2026-000001~1"), "it reached no one");
        now.set(500);
        assertEquals(0, dispatch.look(), "backing off for a second");
        erp.answers.add(new Unreachable("ConnectException: refused"));
        now.set(1000);
        dispatch.look();
        now.set(2500);
        assertEquals(0, dispatch.look(), "the second wait is two seconds");
        now.set(3000);
        assertEquals(2, dispatch.look());
        assertEquals(List.of(PostingState.CONFIRMED, PostingState.CONFIRMED), List.copyOf(queue.states.values()));
        assertEquals(2, erp.booked.size());
    }

    @Test
    void aRefusalGoesToTheWorkListAndALostAnswerIsLookedUpNotSentAgain() {
        queue.states.put("INV-2026-000001~1", PostingState.PENDING);
        queue.states.put("INV-2026-000002~1", PostingState.PENDING);
        erp.answers.add(new Refused("ACCOUNT: no account 6001.09"));
        erp.answers.add(new NoAnswer("SocketTimeoutException: Read timed out"));
        dispatch.look();
        assertEquals(PostingState.REJECTED, queue.states.get("INV-2026-000001~1"));
        assertEquals("ACCOUNT: no account 6001.09", queue.notes.get("INV-2026-000001~1"));
        assertEquals(PostingState.UNKNOWN, queue.states.get("INV-2026-000002~1"));

        erp.down = true;
        dispatch.look();
        assertEquals(PostingState.UNKNOWN, queue.states.get("INV-2026-000002~1"), "not asked, not sent");
        erp.down = false;
        now.set(1000);
        dispatch.look();
        assertEquals(PostingState.CONFIRMED, queue.states.get("INV-2026-000002~1"), "found, as the ERP had booked it");
        assertEquals("JE-INV-2026-000002~1", queue.notes.get("INV-2026-000002~1"));
    }

    @Test
    void aSentPostingTheErpNeverGotIsSentAgainAfterTheLookupAndNothingHappensWithoutFinance() {
        queue.states.put("REF-2026-000001~1", PostingState.SENT); // as a restart left it
        dispatch.look();
        assertEquals(PostingState.CONFIRMED, queue.states.get("REF-2026-000001~1"), "looked up, absent, sent again");
        assertEquals(1, erp.booked.size());
        assertEquals(0, new ErpDispatch(() -> null, erp, settings(), now::get).look());
    }
}
