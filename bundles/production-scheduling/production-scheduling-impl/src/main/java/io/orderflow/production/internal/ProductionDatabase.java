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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The PRODUCTION schema and its persistence unit. Every change to production runs in {@link #change}, which first
 * locks the schedule: planning works on the whole picture, so its changes happen one after the other.
 */
@Component(service = ProductionDatabase.class)
public final class ProductionDatabase {

    public static final String SCHEMA = "PRODUCTION";
    private static final Retry RETRY = Retry.transientFailures(5);

    private final JpaTemplate jpa;
    private final Transactions transactions;

    @Activate
    public ProductionDatabase(@Reference(target = "(osgi.unit.name=orderflow-production-scheduling)") JpaTemplate jpa,
                              @Reference SchemaMigrations migrations, @Reference Transactions transactions) {
        migrations.migrateShipped(SCHEMA, ProductionDatabase.class);
        this.jpa = jpa;
        this.transactions = transactions;
        change(em -> null);
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
