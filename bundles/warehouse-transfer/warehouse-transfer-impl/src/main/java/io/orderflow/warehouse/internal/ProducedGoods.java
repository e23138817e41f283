package io.orderflow.warehouse.internal;

import io.orderflow.platform.api.event.AppliedEvents;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import java.math.BigDecimal;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What passed production's quality inspection comes into stock for its order: received in the order's region and
 * reserved for it, once per event, in the same transaction as the mark that it was applied.
 */
@Component(service = EventSubscriber.class)
public final class ProducedGoods implements EventSubscriber {

    /** Listed in the bundle's Orderflow-Subscribers header (bnd.bnd). */
    static final String ID = "warehouse.production";
    /** Production's event; production's API owns the name. Payload: product, quantity, reference, inspector. */
    static final String QUALITY_PASSED = "production/QUALITY_PASSED";

    private final WarehouseDatabase db;
    private final AppliedEvents applied;
    private final ReservationServiceImpl reservations;

    @Activate
    public ProducedGoods(@Reference WarehouseDatabase db, @Reference AppliedEvents applied,
                         @Reference ReservationServiceImpl reservations) {
        this.db = db;
        this.applied = applied;
        this.reservations = reservations;
        applied.prepare(WarehouseDatabase.SCHEMA);
    }

    @Override
    public String subscriberId() {
        return ID;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(QUALITY_PASSED);
    }

    @Override
    public void onEvent(DomainEvent event) {
        BigDecimal quantity = new BigDecimal(event.requiredText("quantity"));
        Actor inspector = new Actor(event.requiredText("inspector"), Set.of(Roles.QUALITY));
        db.tx(em -> {
            if (applied.markApplied(WarehouseDatabase.connection(em), WarehouseDatabase.SCHEMA, ID, event.id())) {
                reservations.receiveProducedIn(em, event.aggregateId(), event.requiredText("product"), quantity,
                        event.requiredText("reference"), inspector);
            }
            return null;
        });
    }
}
