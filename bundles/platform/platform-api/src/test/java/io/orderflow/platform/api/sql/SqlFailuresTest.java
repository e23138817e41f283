package io.orderflow.platform.api.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SqlFailuresTest {

    private static RuntimeException wrapped(String sqlState) {
        return new IllegalStateException("provider failure", new RuntimeException(new SQLException("db", sqlState)));
    }

    @Test
    void classifiesByStateAnywhereInTheCauseChain() {
        assertTrue(SqlFailures.isTransient(wrapped("40001")));
        assertTrue(SqlFailures.isTransient(wrapped("40XL1")));
        assertFalse(SqlFailures.isTransient(wrapped("23505")));
        assertTrue(SqlFailures.isDuplicateKey(wrapped("23505")));
        assertFalse(SqlFailures.isDuplicateKey(new IllegalStateException("no sql here")));
    }

    @Test
    void retriesTransientFailuresUpToTheLimit() {
        AtomicInteger calls = new AtomicInteger();
        String result = SqlFailures.retryTransient(3, () -> {
            if (calls.incrementAndGet() < 3) {
                throw wrapped("40XL1");
            }
            return "done";
        });
        assertEquals("done", result);
        assertEquals(3, calls.get());

        AtomicInteger always = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> SqlFailures.retryTransient(2, () -> {
            always.incrementAndGet();
            throw wrapped("40001");
        }));
        assertEquals(2, always.get());
    }

    @Test
    void doesNotRetryOtherFailures() {
        AtomicInteger calls = new AtomicInteger();
        RuntimeException duplicate = wrapped("23505");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> SqlFailures.retryTransient(5, () -> {
            calls.incrementAndGet();
            throw duplicate;
        }));
        assertSame(duplicate, thrown);
        assertEquals(1, calls.get());
    }
}
