package io.orderflow.aftersales.internal;

import io.orderflow.aftersales.internal.jpa.ShippedLineEntity;
import io.orderflow.aftersales.internal.jpa.ShippedLines;
import io.orderflow.logistics.api.event.Dispatched;
import io.orderflow.logistics.api.event.SignedOff;
import io.orderflow.platform.api.event.AppliedEvents;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.event.IdempotentSubscriber;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Keeps what logistics dispatched of each order line and when the customer signed for it: a return may take back no
 * more than was shipped, the return policy counts its days from the delivery, and defect rates are measured on the
 * quantities shipped per month. The events' aggregate is the order number.
 */
@Component(service = EventSubscriber.class)
public final class ShipmentFollower extends IdempotentSubscriber<EntityManager> {

    /** Listed in the bundle's Orderflow-Subscribers header (bnd.bnd). */
    static final String ID = "after-sales.shipments";

    private final EventCodec codec;
    private final BusinessClock clock;

    @Activate
    public ShipmentFollower(@Reference(target = AfterSalesDatabase.UNIT) JpaTemplate jpa,
                            @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                            @Reference AppliedEvents applied, @Reference EventCodec codec,
                            @Reference BusinessClock clock) {
        super(ID, Set.of(Dispatched.TYPE, SignedOff.TYPE), applied, AfterSalesDatabase.SCHEMA,
                new AfterSalesDatabase(jpa, migrations, transactions)::inTransaction, AfterSalesDatabase::connection);
        this.codec = codec;
        this.clock = clock;
    }

    @Override
    protected void apply(EntityManager em, DomainEvent event) {
        if (event.type().equals(Dispatched.TYPE)) {
            dispatched(em, event.aggregateId(), codec.payload(event, Dispatched.class), event);
        } else {
            SignedOff signedOff = codec.payload(event, SignedOff.class);
            LocalDate day = OffsetDateTime.parse(signedOff.signedAt()).atZoneSameInstant(clock.zone()).toLocalDate();
            ShippedLines.ofShipment(em, signedOff.shipment()).forEach(line -> line.delivered(day));
        }
    }

    private void dispatched(EntityManager em, String orderNumber, Dispatched dispatched, DomainEvent event) {
        LocalDate on = dispatched.dispatchedOn() != null ? dispatched.dispatchedOn() : clock.dateOf(event.occurredAt());
        for (Dispatched.Item item : dispatched.shipmentLines()) {
            // the same shipment told again under another event id: its lines are kept already
            ShippedLineEntity.Key key = new ShippedLineEntity.Key(dispatched.shipment(), item.lineNo());
            if (em.find(ShippedLineEntity.class, key) == null) {
                em.persist(new ShippedLineEntity(dispatched.shipment(), item.lineNo(), orderNumber,
                        dispatched.customerId(), item.productCode(), item.quantity(), on));
            }
        }
    }
}
