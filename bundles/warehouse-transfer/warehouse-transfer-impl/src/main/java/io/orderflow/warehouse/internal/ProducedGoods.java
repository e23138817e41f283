package io.orderflow.warehouse.internal;

import io.orderflow.platform.api.event.AppliedEvents;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.event.IdempotentSubscriber;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import java.math.BigDecimal;
import java.util.Set;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What passed production's quality inspection comes into stock for its order: received in the order's region and
 * reserved for it, once per event, in the same transaction as the mark that it was applied.
 */
@Component(service = EventSubscriber.class)
public final class ProducedGoods extends IdempotentSubscriber<EntityManager> {

    /** Listed in the bundle's Orderflow-Subscribers header (bnd.bnd). */
    static final String ID = "warehouse.production";
    /** Production's event; production's API owns the name. Payload: product, quantity, reference, inspector. */
    static final String QUALITY_PASSED = "production/QUALITY_PASSED";

    private final ReservationServiceImpl reservations;

    @Activate
    public ProducedGoods(@Reference WarehouseDatabase db, @Reference AppliedEvents applied,
                         @Reference ReservationServiceImpl reservations) {
        super(ID, Set.of(QUALITY_PASSED),
                applied, WarehouseDatabase.SCHEMA, db::inTransaction, WarehouseDatabase::connection);
        this.reservations = reservations;
    }

    @Override
    protected void apply(EntityManager em, DomainEvent event) {
        BigDecimal quantity = new BigDecimal(event.requiredText("quantity"));
        Actor inspector = new Actor(event.requiredText("inspector"), Set.of(Roles.QUALITY));
        reservations.receiveProducedIn(em, event.aggregateId(), event.requiredText("product"), quantity,
                event.requiredText("reference"), inspector);
    }
}
