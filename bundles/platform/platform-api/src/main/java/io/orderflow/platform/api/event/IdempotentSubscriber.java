package io.orderflow.platform.api.event;

import java.sql.Connection;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A subscriber whose effect happens once per event however often the event is delivered: a department's subscriber
 * extends it and writes only {@link #apply}. The applied event is recorded in the subscriber's schema in the same
 * transaction as the effect, so a delivery repeated after a crash finds it and does nothing. Retries and parking are
 * the relay's.
 * <p>
 * The one class of logic in platform-api: the transaction is the department's own (its persistence unit, its
 * locks), which a platform service could not open for it, and extending one class is what keeps five departments
 * from copying these lines.
 *
 * @param <C> what the department's transaction hands its work: an {@code EntityManager}, a {@code Connection}
 */
@ConsumerType
public abstract class IdempotentSubscriber<C> implements EventSubscriber {

    /** Runs work in a transaction of the subscriber's department. */
    @FunctionalInterface
    public interface InTransaction<C> {
        void run(Consumer<C> work);
    }

    private final String id;
    private final Set<String> eventTypes;
    private final AppliedEvents applied;
    private final String schema;
    private final InTransaction<C> transaction;
    private final Function<C, Connection> connection;

    /**
     * @param id         the stable subscriber id, as listed in the bundle's {@value #MANIFEST_HEADER} header
     * @param eventTypes the types wanted (see {@link EventSubscriber#eventTypes()})
     * @param schema     the department's schema, where the applied events are recorded
     * @param connection the JDBC connection of the transaction's context
     */
    protected IdempotentSubscriber(String id, Set<String> eventTypes, AppliedEvents applied, String schema,
                                   InTransaction<C> transaction, Function<C, Connection> connection) {
        this.id = Objects.requireNonNull(id, "id");
        this.eventTypes = Set.copyOf(eventTypes);
        this.applied = applied;
        this.schema = schema;
        this.transaction = transaction;
        this.connection = connection;
        applied.prepare(schema);
    }

    /** Applies {@code event} in the transaction of {@code context}; called once per event. */
    protected abstract void apply(C context, DomainEvent event);

    @Override
    public final String subscriberId() {
        return id;
    }

    @Override
    public final Set<String> eventTypes() {
        return eventTypes;
    }

    @Override
    public final void onEvent(DomainEvent event) {
        transaction.run(context -> {
            if (applied.markApplied(connection.apply(context), schema, id, event.id())) {
                apply(context, event);
            }
        });
    }
}
