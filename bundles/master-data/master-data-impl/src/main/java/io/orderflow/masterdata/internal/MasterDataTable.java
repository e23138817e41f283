package io.orderflow.masterdata.internal;

import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.masterdata.internal.jpa.MasterDataEntity;
import io.orderflow.platform.api.time.BusinessClock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One master data table: create-or-replace with an audit entry in the same transaction, find, list. Written by the
 * sales manager, or by admin administering the installation.
 */
final class MasterDataTable<R, E extends MasterDataEntity<R>> {

    private final MasterDataDatabase db;
    private final AuditTrail audit;
    private final Class<E> type;
    private final String idField;
    private final Function<String, E> create;
    private final String savedAction;
    private final BusinessClock clock;

    /**
     * @param idField     the entity's id attribute, for ordering lists
     * @param savedAction the audit action of a save, e.g. {@code CUSTOMER_SAVED}
     */
    MasterDataTable(MasterDataDatabase db, AuditTrail audit, BusinessClock clock, Class<E> type, String idField,
                    Function<String, E> create, String savedAction) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
        this.type = type;
        this.idField = idField;
        this.create = create;
        this.savedAction = savedAction;
    }

    R save(String id, R record, Actor actor, String details) {
        return db.tx(em -> {
            E entity = em.find(type, id);
            if (entity == null) {
                entity = create.apply(id);
                em.persist(entity);
            }
            entity.update(record);
            em.flush();
            audit.record(MasterDataDatabase.connection(em), new AuditRecord(clock.now(), actor.name(),
                    actor.actingRole(Roles.SALES_MANAGER), savedAction, id, null, details));
            return entity.toRecord();
        });
    }

    Optional<R> find(String id) {
        return db.tx(em -> Optional.ofNullable(em.find(type, id)).map(MasterDataEntity::toRecord));
    }

    List<R> list() {
        return db.tx(em -> em.createQuery("select e from " + type.getSimpleName() + " e order by e." + idField, type)
                .getResultList().stream().map(MasterDataEntity::toRecord).toList());
    }
}
