package io.orderflow.salesorder.internal;

import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.tx.Retry;
import io.orderflow.platform.api.tx.SqlWork;
import io.orderflow.platform.api.tx.Transactions;
import java.sql.Connection;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * The SALES_ORDER schema and its persistence unit. Construction first brings the schema up to the scripts this
 * bundle ships, so no component of the bundle touches a table before it exists in the right version. A plain object,
 * not a service: each component that works on the schema builds its own from its references (it holds no state but
 * the template and the transactions, and the platform's migrations run each script once and make concurrent runs
 * wait their turn, so a second instance finds the schema up to date).
 */
public final class SalesOrderDatabase {

    public static final String SCHEMA = "SALES_ORDER";
    /** The target of a component's {@code JpaTemplate} reference: this bundle's persistence unit. */
    public static final String UNIT = "(osgi.unit.name=orderflow-sales-order)";

    private final JpaTemplate jpa;
    private final Transactions transactions;

    public SalesOrderDatabase(JpaTemplate jpa, SchemaMigrations migrations, Transactions transactions) {
        migrations.migrateShipped(SCHEMA, SalesOrderDatabase.class);
        this.jpa = jpa;
        this.transactions = transactions;
    }

    /**
     * Runs {@code work} in a transaction (joining one already open on this thread); a runtime exception rolls it back
     * and is rethrown.
     */
    public <T> T tx(EmFunction<T> work) {
        return jpa.txExpr(TransactionType.Required, work);
    }

    /** Runs {@code work} in a transaction, as {@link #tx(EmFunction)}: the shape an event subscriber takes. */
    public void inTransaction(Consumer<EntityManager> work) {
        tx(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Runs {@code work} in a transaction of its own, again as {@code retry} allows. */
    public <T> T tx(Retry retry, EmFunction<T> work) {
        return transactions.run(retry, () -> tx(work));
    }

    /**
     * As {@link #tx(Retry, EmFunction)}; when a concurrent transaction stored the same business key first, answers
     * with {@code storedByAnother}, which reads what it stored.
     */
    public <T> T tx(Retry retry, EmFunction<T> work, Supplier<T> storedByAnother) {
        return transactions.run(retry, () -> tx(work), storedByAnother);
    }

    /**
     * In the transaction of {@code em}, runs {@code insert}; when it violates a unique key, undoes the insert alone and
     * answers with {@code onDuplicate}.
     */
    public <T> T insertOrElse(EntityManager em, SqlWork<T> insert, SqlWork<T> onDuplicate) {
        return transactions.insertOrElse(connection(em), insert, onDuplicate);
    }

    /** The entity with this id, persisted new from {@code create} when there is none yet. */
    public static <E> E findOrCreate(EntityManager em, Class<E> type, String id, Function<String, E> create) {
        E entity = em.find(type, id);
        if (entity == null) {
            entity = create.apply(id);
            em.persist(entity);
        }
        return entity;
    }

    /** The JDBC connection of the transaction, for the platform's outbox, audit and sequences. Never close it. */
    public static Connection connection(EntityManager em) {
        return em.unwrap(Connection.class);
    }
}
