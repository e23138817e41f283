package io.orderflow.masterdata.internal;

import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.masterdata.internal.jpa.MasterDataEntity;
import io.orderflow.platform.api.time.BusinessClock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.persistence.EntityManager;

/**
 * One master data table: create-or-replace and remove, each with an audit entry in the same transaction (the key as
 * its subject), find, list. Written by its writer role, or by admin administering the installation.
 *
 * @param <K> the entity's id: a string, or its id class
 */
final class MasterDataTable<K, R, E extends MasterDataEntity<R>> {

    private final MasterDataDatabase db;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final Class<E> type;
    private final Function<K, E> create;
    private final String writer;
    private final String actionStem;
    private final String order;

    /**
     * @param writer        the role that writes the table, recorded as the acting role (admin when admin acts)
     * @param actionStem    saves are audited as {@code <actionStem>_SAVED}, removals as {@code <actionStem>_REMOVED},
     *                      e.g. {@code CUSTOMER_SAVED}
     * @param order         the entity attributes lists are ordered by, e.g. {@code code}
     */
    MasterDataTable(MasterDataDatabase db, AuditTrail audit, BusinessClock clock, Class<E> type,
                    Function<K, E> create, String writer, String actionStem, String... order) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
        this.type = type;
        this.create = create;
        this.writer = writer;
        this.actionStem = actionStem;
        this.order = Stream.of(order).map(attribute -> "e." + attribute).collect(Collectors.joining(", "));
    }

    R save(K key, R record, Actor actor, String details) {
        return db.tx(em -> {
            E entity = em.find(type, key);
            if (entity == null) {
                entity = create.apply(key);
                em.persist(entity);
            }
            entity.update(record);
            em.flush();
            audit(em, "_SAVED", key, actor, details);
            return entity.toRecord();
        });
    }

    /**
     * @param details what the audit entry says of the row removed
     * @return the row removed; empty when there was none (nothing is audited then)
     */
    Optional<R> remove(K key, Actor actor, Function<R, String> details) {
        return db.tx(em -> {
            E entity = em.find(type, key);
            if (entity == null) {
                return Optional.<R>empty();
            }
            R removed = entity.toRecord();
            em.remove(entity);
            em.flush();
            audit(em, "_REMOVED", key, actor, details.apply(removed));
            return Optional.of(removed);
        });
    }

    Optional<R> find(K key) {
        return db.tx(em -> Optional.ofNullable(em.find(type, key)).map(MasterDataEntity::toRecord));
    }

    List<R> list() {
        return db.tx(em -> em.createQuery("select e from " + type.getSimpleName() + " e order by " + order, type)
                .getResultList().stream().map(MasterDataEntity::toRecord).toList());
    }

    /** The rows whose {@code attribute} is {@code value}. */
    List<R> list(String attribute, Object value) {
        return db.tx(em -> em.createQuery("select e from " + type.getSimpleName() + " e where e." + attribute
                        + " = :value order by " + order, type).setParameter("value", value)
                .getResultList().stream().map(MasterDataEntity::toRecord).toList());
    }

    /** How many rows there are per value of {@code attribute}, by value. */
    Map<String, Long> countBy(String attribute) {
        return db.tx(em -> em.createQuery("select e." + attribute + ", count(e) from " + type.getSimpleName()
                        + " e group by e." + attribute, Object[].class).getResultList().stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue(),
                        Long::sum, TreeMap::new)));
    }

    private void audit(EntityManager em, String what, K key, Actor actor, String details) {
        audit.record(MasterDataDatabase.connection(em), new AuditRecord(clock.now(), actor.name(),
                actor.actingRole(writer), actionStem + what, key.toString(), null, details));
    }
}
