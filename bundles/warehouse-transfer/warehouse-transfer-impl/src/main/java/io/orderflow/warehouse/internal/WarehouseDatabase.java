package io.orderflow.warehouse.internal;

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
 * The WAREHOUSE schema and its persistence unit; construction first brings the schema up to the scripts this bundle
 * ships. A plain object, not a service: each component that works on the schema builds its own from its references
 * (it holds no state but the template, and the platform's migrations run each script once and make concurrent runs
 * wait their turn, so a second instance finds the schema up to date).
 */
public final class WarehouseDatabase {

    public static final String SCHEMA = "WAREHOUSE";
    /** The target of a component's {@code JpaTemplate} reference: this bundle's persistence unit. */
    public static final String UNIT = "(osgi.unit.name=orderflow-warehouse-transfer)";
    /** Stock is contended by design: more attempts after a lock timeout or a deadlock than elsewhere. */
    private static final Retry RETRY = Retry.firstInsert(8);

    private final JpaTemplate jpa;
    private final Transactions transactions;

    public WarehouseDatabase(JpaTemplate jpa, SchemaMigrations migrations, Transactions transactions) {
        migrations.migrateShipped(SCHEMA, WarehouseDatabase.class);
        this.jpa = jpa;
        this.transactions = transactions;
    }

    /**
     * Runs {@code work} in a transaction of its own, again when it meets a lock timeout or a deadlock, or a balance
     * row that a concurrent first move of the same product into the same warehouse created first.
     */
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
