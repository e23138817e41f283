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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The WAREHOUSE schema and its persistence unit; activation first brings the schema up to the scripts this bundle
 * ships.
 */
@Component(service = WarehouseDatabase.class)
public final class WarehouseDatabase {

    public static final String SCHEMA = "WAREHOUSE";
    /** Stock is contended by design: more attempts after a lock timeout or a deadlock than elsewhere. */
    private static final Retry RETRY = Retry.firstInsert(8);

    private final JpaTemplate jpa;
    private final Transactions transactions;

    @Activate
    public WarehouseDatabase(@Reference(target = "(osgi.unit.name=orderflow-warehouse-transfer)") JpaTemplate jpa,
                             @Reference SchemaMigrations migrations, @Reference Transactions transactions) {
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
