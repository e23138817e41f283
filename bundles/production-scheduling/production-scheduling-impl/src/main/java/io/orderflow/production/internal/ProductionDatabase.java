package io.orderflow.production.internal;

import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.tx.Retry;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.production.internal.jpa.ScheduleEntity;
import java.sql.Connection;
import java.time.Instant;
import java.util.function.Consumer;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * The PRODUCTION schema and its persistence unit. Every change to production runs in {@link #change}, which first
 * locks the schedule: planning works on the whole picture, so its changes happen one after the other. A plain object,
 * not a service: each component that works on the schema builds its own from its references. It holds no state but
 * the template; the lock it takes is the database's, so it serialises the changes of every instance alike.
 */
public final class ProductionDatabase {

    public static final String SCHEMA = "PRODUCTION";
    /** The target of a component's {@code JpaTemplate} reference: this bundle's persistence unit. */
    public static final String UNIT = "(osgi.unit.name=orderflow-production-scheduling)";
    private static final Retry RETRY = Retry.transientFailures(5);
    /** The first instance on an empty schema creates the schedule row; a concurrent one may have created it first. */
    private static final Retry FIRST_USE = Retry.firstInsert(5);

    private final JpaTemplate jpa;
    private final Transactions transactions;

    /** Brings the schema up to the scripts this bundle ships (once: later instances find it up to date). */
    public ProductionDatabase(JpaTemplate jpa, SchemaMigrations migrations, Transactions transactions) {
        migrations.migrateShipped(SCHEMA, ProductionDatabase.class);
        this.jpa = jpa;
        this.transactions = transactions;
        transactions.run(FIRST_USE, () -> jpa.txExpr(TransactionType.Required, ProductionDatabase::lockSchedule));
    }

    /** A reading transaction. */
    public <T> T read(EmFunction<T> work) {
        return jpa.txExpr(TransactionType.Required, work);
    }

    /** A changing transaction, run after the schedule's lock; again on a lock timeout or deadlock. */
    public <T> T change(EmFunction<T> work) {
        return transactions.run(RETRY, () -> jpa.txExpr(TransactionType.Required, em -> {
            lockSchedule(em);
            return work.apply(em);
        }));
    }

    /** Runs {@code work} as {@link #change}: the shape an event subscriber takes. */
    public void inChange(Consumer<EntityManager> work) {
        change(em -> {
            work.accept(em);
            return null;
        });
    }

    /** The current schedule row, which {@link #change} locked when the transaction began. */
    static ScheduleEntity schedule(EntityManager em) {
        return em.find(ScheduleEntity.class, ScheduleEntity.CURRENT);
    }

    /** The current schedule row, locked; created on first use. */
    private static ScheduleEntity lockSchedule(EntityManager em) {
        ScheduleEntity schedule = em.find(ScheduleEntity.class, ScheduleEntity.CURRENT, LockModeType.PESSIMISTIC_WRITE);
        if (schedule == null) {
            schedule = new ScheduleEntity(Instant.now());
            em.persist(schedule);
            em.flush();
        }
        return schedule;
    }

    /** The JDBC connection of the transaction, for the platform's outbox, audit and applied events. Never close it. */
    public static Connection connection(EntityManager em) {
        return em.unwrap(Connection.class);
    }
}
