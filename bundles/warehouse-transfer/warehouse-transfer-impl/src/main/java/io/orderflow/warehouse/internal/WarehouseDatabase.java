package io.orderflow.warehouse.internal;

import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.sql.SqlFailures;
import java.sql.Connection;
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
    /** Attempts of a transaction that meets a lock timeout or a deadlock: stock is contended by design. */
    private static final int ATTEMPTS = 8;

    private final JpaTemplate jpa;

    @Activate
    public WarehouseDatabase(@Reference(target = "(osgi.unit.name=orderflow-warehouse-transfer)") JpaTemplate jpa,
                             @Reference SchemaMigrations migrations) {
        migrations.migrateShipped(SCHEMA, WarehouseDatabase.class);
        this.jpa = jpa;
    }

    /**
     * Runs {@code work} in a transaction of its own, again when it meets a lock timeout or a deadlock, or a balance
     * row that a concurrent first move of the same product into the same warehouse created first.
     */
    public <T> T tx(EmFunction<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return SqlFailures.retryTransient(ATTEMPTS, () -> jpa.txExpr(TransactionType.Required, work));
            } catch (RuntimeException e) {
                if (attempt >= 2 || !SqlFailures.isDuplicateKey(e)) {
                    throw e;
                }
            }
        }
    }

    /** The JDBC connection of the transaction, for the platform's outbox, audit and applied events. Never close it. */
    public static Connection connection(EntityManager em) {
        return em.unwrap(Connection.class);
    }
}
