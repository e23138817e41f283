package io.orderflow.salesorder.internal.followup;

import io.orderflow.platform.api.event.AppliedEvents;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.event.IdempotentSubscriber;
import io.orderflow.salesorder.internal.SalesOrderDatabase;
import io.orderflow.salesorder.internal.domain.TimelineSummaries;
import io.orderflow.salesorder.internal.jpa.OrderDelayEntity;
import io.orderflow.salesorder.internal.jpa.OrderQueries;
import io.orderflow.salesorder.internal.jpa.TimelineEntryEntity;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Records the delays production reports on the order and its timeline, so that sales tells the customer in time
 * (the "delay notices due" list). The payload keys are production's {@code production/DELAYED} contract:
 * {@code orderNumber}, {@code oldDate}, {@code newDate} (ISO dates) and {@code reason}.
 */
@Component(service = EventSubscriber.class)
public final class DelayReports extends IdempotentSubscriber<EntityManager> {

    /** Listed in the bundle's Orderflow-Subscribers header (bnd.bnd). */
    static final String ID = "sales-order.delays";

    private final FollowUpServiceImpl followUp;

    @Activate
    public DelayReports(@Reference SalesOrderDatabase db, @Reference AppliedEvents applied,
                        @Reference FollowUpServiceImpl followUp) {
        super(ID, Set.of(TimelineSummaries.PRODUCTION_DELAYED),
                applied, SalesOrderDatabase.SCHEMA, db::inTransaction, SalesOrderDatabase::connection);
        this.followUp = followUp;
    }

    /** A malformed report or an unknown order throws, so the relay retries and then parks it for an operator. */
    @Override
    protected void apply(EntityManager em, DomainEvent event) {
        String number = event.requiredText("orderNumber");
        LocalDate promised = date(event, "oldDate");
        LocalDate expected = date(event, "newDate");
        String reason = event.requiredText("reason");
        OrderQueries.require(em, number);
        em.persist(new OrderDelayEntity(number, event.id(), promised, expected, reason, event.occurredAt(),
                followUp.noticeDueAt(event.occurredAt())));
        em.persist(new TimelineEntryEntity(number, event.id(), event.type(), event.occurredAt(),
                TimelineSummaries.of(event)));
    }

    private static LocalDate date(DomainEvent event, String key) {
        try {
            return LocalDate.parse(event.requiredText(key));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(event.type() + " " + event.id() + ": " + key + " is not an ISO date", e);
        }
    }
}
