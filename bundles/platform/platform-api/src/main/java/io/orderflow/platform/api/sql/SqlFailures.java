package io.orderflow.platform.api.sql;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Classifies SQL failures found anywhere in an exception's cause chain (JPA providers wrap them), by SQLState:
 * lock timeouts and deadlocks are transient (worth retrying a whole idempotent transaction), unique-key violations
 * mean someone else stored the same business key first.
 */
public final class SqlFailures {

    private SqlFailures() {
    }

    /** True for a deadlock (SQLState 40001) or a lock wait timeout (40XL1, 40XL2 on Derby). */
    public static boolean isTransient(Throwable failure) {
        String state = sqlState(failure);
        return state != null && (state.equals("40001") || state.startsWith("40XL"));
    }

    /** True for a unique or primary key violation (SQLState 23505). */
    public static boolean isDuplicateKey(Throwable failure) {
        return "23505".equals(sqlState(failure));
    }

    /**
     * Runs {@code transaction} and runs it again, up to {@code attempts} times in all, while it fails transiently.
     * The transaction must be idempotent and must roll back when it throws.
     *
     * @throws RuntimeException the last failure, or the first one that is not transient
     */
    public static <T> T retryTransient(int attempts, Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= attempts || !isTransient(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            // Back off a little more each time, with jitter, so that colliding transactions do not collide again.
            Thread.sleep((long) (10 * attempt * (1 + Math.random())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a transaction", e);
        }
    }

    private static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
