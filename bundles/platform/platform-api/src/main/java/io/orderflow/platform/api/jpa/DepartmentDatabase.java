package io.orderflow.platform.api.jpa;

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
 * A department's schema and persistence unit: construction first brings the schema up to the scripts the department's
 * bundle ships; each transaction runs again as the department's {@link Retry} allows. A department subclasses it with
 * its schema's name and its unit's reference target, and builds it from its component's references
 * (docs/architecture.md §5).
 */
public class DepartmentDatabase {

    private final JpaTemplate jpa;
    private final Transactions transactions;
    private final Retry retry;

    /**
     * @param schema the department's schema, whose scripts are {@code db/<schema>/V<n>__<name>.sql} in the bundle
     *               of {@code anchor}
     * @param retry  how often a transaction runs again after a lock timeout, a deadlock (or a first-row race)
     */
    protected DepartmentDatabase(JpaTemplate jpa, SchemaMigrations migrations, Transactions transactions,
                                 String schema, Class<?> anchor, Retry retry) {
        migrations.migrateShipped(schema, anchor);
        this.jpa = jpa;
        this.transactions = transactions;
        this.retry = retry;
    }

    /** Runs {@code work} in a transaction of its own, again as the department's retry allows. */
    public <T> T tx(EmFunction<T> work) {
        return transactions.run(retry, () -> jpa.txExpr(TransactionType.Required, work));
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
