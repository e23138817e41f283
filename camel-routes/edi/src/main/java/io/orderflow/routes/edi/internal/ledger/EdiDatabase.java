package io.orderflow.routes.edi.internal.ledger;

import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.tx.Retry;
import io.orderflow.platform.api.tx.SqlWork;
import io.orderflow.platform.api.tx.Transactions;

/**
 * The EDI schema: brought up to the scripts this bundle ships on construction, then reached by plain JDBC in short
 * transactions. The ledger is a handful of tables written in a fixed pattern, so JPA would add nothing. A plain object,
 * not a service: the ledger and its views each build their own from their references (it holds no state but the
 * transactions, and the platform's migrations run each script once and make concurrent runs wait their turn, so a
 * second instance finds the schema up to date).
 */
public final class EdiDatabase {

    public static final String SCHEMA = "EDI";
    private static final Retry RETRY = Retry.transientFailures(5);

    private final Transactions transactions;

    public EdiDatabase(SchemaMigrations migrations, Transactions transactions) {
        migrations.migrateShipped(SCHEMA, EdiDatabase.class);
        this.transactions = transactions;
    }

    /** Runs {@code work} in a transaction of its own, again when it meets a deadlock or a lock timeout. */
    public <T> T tx(SqlWork<T> work) {
        return transactions.jdbc(RETRY, work);
    }

    /** As {@link #tx}, and once more when a concurrent transaction recorded the same first row. */
    public <T> T txFirstInsert(SqlWork<T> work) {
        return transactions.jdbc(Retry.firstInsert(RETRY.attempts()), work);
    }
}
