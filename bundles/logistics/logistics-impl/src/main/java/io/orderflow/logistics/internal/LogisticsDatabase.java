package io.orderflow.logistics.internal;

import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.tx.Retry;
import io.orderflow.platform.api.tx.Transactions;
import java.sql.Connection;
import java.util.function.Consumer;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * The LOGISTICS schema and its persistence unit; construction first brings the schema up to the scripts this bundle
 * ships. A plain object each component builds from its references (docs/architecture.md §5).
 */
public final class LogisticsDatabase {

    public static final String SCHEMA = "LOGISTICS";
    /** The target of a component's {@code JpaTemplate} reference: this bundle's persistence unit. */
    public static final String UNIT = "(osgi.unit.name=orderflow-logistics)";
    /** An order's first shipment creates its row: two first shipments at once meet on its key. */
    private static final Retry RETRY = Retry.firstInsert(5);

    private final JpaTemplate jpa;
    private final Transactions transactions;

    public LogisticsDatabase(JpaTemplate jpa, SchemaMigrations migrations, Transactions transactions) {
        migrations.migrateShipped(SCHEMA, LogisticsDatabase.class);
        this.jpa = jpa;
        this.transactions = transactions;
    }

    /** Runs {@code work} in a transaction of its own, again after a lock timeout, a deadlock or a first-row race. */
    public <T> T tx(EmFunction<T> work) {
        return transactions.run(RETRY, () -> jpa.txExpr(TransactionType.Required, work));
    }

    /** Runs {@code work} as {@link #tx}: the shape an event subscriber takes. */
    public void inTransaction(Consumer<EntityManager> work) {
        tx(em -> {
            work.accept(em);
            return null;
        });
    }

    /** The JDBC connection of the transaction, for the platform's outbox, audit and applied events. Never close it. */
    public static Connection connection(EntityManager em) {
        return em.unwrap(Connection.class);
    }
}
