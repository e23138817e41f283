package io.orderflow.platform.api.tx;

/**
 * How often a transaction is run again when it fails for a reason that a new attempt can clear.
 *
 * @param attempts    how many times the transaction runs at most, the first included
 * @param firstInsert whether a unique-key violation runs it once more: the transaction creates a row on first use
 *                    (a balance, a counter) and a concurrent one created it first, so a new attempt finds the row
 */
public record Retry(int attempts, boolean firstInsert) {

    /** Run once; any failure is the caller's. */
    public static final Retry NONE = new Retry(1, false);

    public Retry {
        if (attempts < 1) {
            throw new IllegalArgumentException("a transaction runs at least once, got " + attempts + " attempts");
        }
    }

    /** Run again, up to {@code attempts} times in all, after a deadlock or a lock timeout. */
    public static Retry transientFailures(int attempts) {
        return new Retry(attempts, false);
    }

    /** As {@link #transientFailures}, and once more after a concurrent transaction inserted the same first row. */
    public static Retry firstInsert(int attempts) {
        return new Retry(attempts, true);
    }
}
