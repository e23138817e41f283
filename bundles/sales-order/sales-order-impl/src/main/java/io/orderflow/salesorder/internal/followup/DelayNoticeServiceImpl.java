package io.orderflow.salesorder.internal.followup;

import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.salesorder.api.DelayNotice;
import io.orderflow.salesorder.api.DelayNoticeService;
import io.orderflow.salesorder.api.event.PromisedDateChanged;
import io.orderflow.salesorder.internal.SalesOrderDatabase;
import io.orderflow.salesorder.internal.jpa.FollowUpQueries;
import io.orderflow.salesorder.internal.jpa.OrderDelayEntity;
import io.orderflow.salesorder.internal.jpa.OrderQueries;
import io.orderflow.salesorder.internal.jpa.SalesOrderEntity;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The sales rep tells the customer of a delay: the delay leaves the list and the new date becomes the promise. */
@Component(service = DelayNoticeService.class)
public final class DelayNoticeServiceImpl implements DelayNoticeService {

    private static final int MAX_COMPENSATION = 500;

    private final SalesOrderDatabase db;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final BusinessClock clock;

    @Activate
    public DelayNoticeServiceImpl(@Reference(target = SalesOrderDatabase.UNIT) JpaTemplate jpa,
                                  @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                                  @Reference EventOutbox outbox, @Reference AuditTrail audit,
                                  @Reference BusinessClock clock) {
        this.clock = clock;
        this.db = new SalesOrderDatabase(jpa, migrations, transactions);
        this.outbox = outbox;
        this.audit = audit;
    }

    @Override
    public DelayNotice notifyCustomer(String orderNumber, LocalDate newDate, String compensation, Actor actor) {
        String role = actor.requireRole("telling the customer of a delay", Roles.SALES_REP, Roles.SALES_ASSISTANT);
        String offered = compensation == null || compensation.isBlank() ? null : compensation.strip();
        if (offered != null && offered.length() > MAX_COMPENSATION) {
            throw new ValidationException("compensation", "must be at most " + MAX_COMPENSATION + " characters");
        }
        LocalDate today = clock.today();
        if (newDate != null && (newDate.isBefore(today) || newDate.isAfter(today.plusYears(5)))) {
            throw new ValidationException("newDate", "must be between today and five years ahead");
        }
        return db.tx(em -> {
            SalesOrderEntity order = OrderQueries.lockForUpdate(em, orderNumber);
            List<OrderDelayEntity> delays = FollowUpQueries.delaysToNotify(em, orderNumber);
            if (delays.isEmpty()) {
                throw new ConflictException("order " + orderNumber + " has no delay waiting for a notice");
            }
            OrderDelayEntity latest = delays.get(delays.size() - 1);
            if (newDate != null && newDate.isBefore(latest.newDate())) {
                throw new ValidationException("newDate", "production makes it by " + latest.newDate()
                        + " at the earliest");
            }
            LocalDate promised = newDate == null ? latest.newDate() : newDate;
            LocalDate before = order.toRecord().requestedDelivery();
            Instant now = clock.now();
            delays.forEach(delay -> delay.notified(actor.name(), now, offered));
            order.promise(promised);
            Connection tx = SalesOrderDatabase.connection(em);
            outbox.append(tx, orderNumber, now, new PromisedDateChanged(before, promised, latest.reason(), offered,
                    actor.name()));
            audit.record(tx, new AuditRecord(now, actor.name(), role, "DELAY_NOTIFIED", orderNumber, latest.reason(),
                    before + " -> " + promised + (offered == null ? "" : "; compensation: " + offered)));
            return new DelayNotice(orderNumber, before, promised, latest.reason(), offered, actor.name(), now);
        });
    }
}
