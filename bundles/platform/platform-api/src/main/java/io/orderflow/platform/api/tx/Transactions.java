package io.orderflow.platform.api.tx;

import java.sql.Connection;
import java.util.function.Supplier;

/**
 * Runs transactions under a {@link Retry} policy. A transaction given here begins and ends itself (a JPA template's
 * {@code txExpr}, say), rolls back when it throws, and must be safe to run again: only a failed attempt is repeated,
 * never a committed one.
 */
public interface Transactions {

    /**
     * Runs {@code transaction}, again as {@code retry} allows.
     *
     * @throws RuntimeException the last failure, or the first that {@code retry} does not cover
     */
    <T> T run(Retry retry, Supplier<T> transaction);

    /**
     * Runs {@code transaction} as {@link #run}; when it fails on a unique key because a concurrent transaction stored
     * the same business key first (the same purchase order, the same interchange), answers with
     * {@code storedByAnother}, a transaction of its own that reads what the other one stored.
     */
    <T> T run(Retry retry, Supplier<T> transaction, Supplier<T> storedByAnother);

    /** Runs {@code work} in a JDBC transaction of its own on the Orderflow database, again as {@code retry} allows. */
    <T> T jdbc(Retry retry, SqlWork<T> work);

    /**
     * Within the caller's transaction, runs {@code insert}; when it violates a unique key, undoes the insert alone
     * (the caller's transaction stays usable) and answers with {@code onDuplicate}.
     *
     * @throws IllegalStateException when {@code insert} or {@code onDuplicate} fails otherwise
     */
    <T> T insertOrElse(Connection transaction, SqlWork<T> insert, SqlWork<T> onDuplicate);
}
