package io.orderflow.routes.edi.internal.ledger;

import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.tx.Retry;
import io.orderflow.platform.api.tx.SqlWork;
import io.orderflow.platform.api.tx.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The EDI schema: brought up to the scripts this bundle ships on activation, then reached by plain JDBC in short
 * transactions. The ledger is a handful of tables written in a fixed pattern, so JPA would add nothing.
 */
@Component(service = EdiDatabase.class)
public final class EdiDatabase {

    public static final String SCHEMA = "EDI";
    private static final Retry RETRY = Retry.transientFailures(5);

    private final Transactions transactions;

    @Activate
    public EdiDatabase(@Reference SchemaMigrations migrations, @Reference Transactions transactions) {
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
