package io.orderflow.salesorder.internal.followup;

import io.orderflow.platform.api.event.AppliedEvents;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.event.IdempotentSubscriber;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.salesorder.internal.SalesOrderDatabase;
import io.orderflow.salesorder.internal.domain.TimelineSummaries;
import io.orderflow.salesorder.internal.jpa.SalesOrderEntity;
import io.orderflow.salesorder.internal.jpa.TimelineEntryEntity;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Puts after-sales' news of an order's returned goods on the order's timeline: the return's events name the order
 * they return goods of ({@code orderNumber}); their aggregate is the return. Read from the stored payload, so sales
 * needs nothing of after-sales installed; an order sales does not know (another installation's) is passed over.
 */
@Component(service = EventSubscriber.class)
public final class AfterSalesNews extends IdempotentSubscriber<EntityManager> {

    /** Listed in the bundle's Orderflow-Subscribers header (bnd.bnd). */
    static final String ID = "sales-order.after-sales";

    @Activate
    public AfterSalesNews(@Reference(target = SalesOrderDatabase.UNIT) JpaTemplate jpa,
                          @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                          @Reference AppliedEvents applied) {
        super(ID, Set.of("after-sales/*"), applied, SalesOrderDatabase.SCHEMA,
                new SalesOrderDatabase(jpa, migrations, transactions)::inTransaction, SalesOrderDatabase::connection);
    }

    @Override
    protected void apply(EntityManager em, DomainEvent event) {
        Object order = event.payload().get("orderNumber");
        if (order == null || em.find(SalesOrderEntity.class, order.toString()) == null) {
            return;
        }
        em.persist(new TimelineEntryEntity(order.toString(), event.id(), event.type(), event.occurredAt(),
                TimelineSummaries.fit(words(event.type(), event.aggregateId(), event.payload()))));
    }

    /** What the timeline says of a return's event, in words a member of staff reads at a glance. */
    static String words(String type, String returnNumber, Map<String, Object> payload) {
        String fact = type.substring(type.indexOf('/') + 1);
        String rma = payload.get("rma") == null ? "" : " (" + payload.get("rma") + ")";
        return switch (fact) {
            case "RETURN_REQUESTED" -> "Return " + returnNumber + " requested: " + payload.get("reason") + ", "
                    + payload.get("remedyAsked") + " asked";
            case "RETURN_AUTHORIZED" -> "Return " + returnNumber + " authorised under " + payload.get("rma");
            case "RETURN_REJECTED" -> "Return " + returnNumber + " rejected: " + payload.get("reason");
            case "RETURN_RECEIVED" -> "Goods of return " + returnNumber + rma + " back into quarantine in "
                    + payload.get("warehouse");
            case "RETURN_INSPECTED" -> "Goods of return " + returnNumber + rma + " inspected";
            case "RETURN_EXCHANGE_SHIPPED" -> "Replacement order " + payload.get("replacementOrder") + " for return "
                    + returnNumber + " dispatched";
            case "RETURN_REFUNDED" -> "Refund for return " + returnNumber + " settled by credit note "
                    + payload.get("creditNote");
            case "RETURN_CLOSED" -> "Return " + returnNumber + rma + " closed";
            default -> type + " " + returnNumber;
        };
    }
}
