package io.orderflow.finance.internal;

import io.orderflow.finance.internal.jpa.FinanceQueries;
import io.orderflow.finance.internal.jpa.OrderAccountEntity;
import io.orderflow.platform.api.event.AppliedEvents;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.event.IdempotentSubscriber;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.salesorder.api.event.OrderCancelled;
import io.orderflow.salesorder.api.event.OrderConfirmed;
import java.math.BigDecimal;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * The orders finance follows, as sales confirms them: each one's total in its currency's scale and the prepayment due
 * before production (the terms' share, or a custom order's configured one if larger, of the total, rounded the
 * declared way). A revision's new confirmation replaces the
 * figures; a cancelled order takes no more money. A replacement order (after-sales' exchange, total 0) is kept with the
 * order it replaces goods of and owes no prepayment.
 */
@Component(service = EventSubscriber.class, configurationPid = {FinanceSettings.PID, PrepaymentSettings.PID})
public final class OrderAccounts extends IdempotentSubscriber<EntityManager> {

    /** Listed in the bundle's Orderflow-Subscribers header (bnd.bnd). */
    static final String ID = "finance.orders";

    private final BusinessClock clock;
    private final EventCodec codec;
    private volatile FinanceSettings.Settings settings;
    private volatile PrepaymentSettings.Config prepayment;

    @Activate
    public OrderAccounts(@Reference(target = FinanceDatabase.UNIT) JpaTemplate jpa,
                         @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                         @Reference AppliedEvents applied, @Reference BusinessClock clock,
                         @Reference EventCodec codec, FinanceSettings.Config config,
                         PrepaymentSettings.Config prepayment) {
        super(ID, Set.of(OrderConfirmed.TYPE, OrderCancelled.TYPE), applied, FinanceDatabase.SCHEMA,
                new FinanceDatabase(jpa, migrations, transactions)::inTransaction, FinanceDatabase::connection);
        this.clock = clock;
        this.codec = codec;
        modified(config, prepayment);
    }

    @Modified
    void modified(FinanceSettings.Config config, PrepaymentSettings.Config prepayment) {
        this.settings = FinanceSettings.of(config);
        PrepaymentSettings.requiredPercent(prepayment, 0, true); // refused here when invalid, not at the next order
        this.prepayment = prepayment;
    }

    @Override
    protected void apply(EntityManager em, DomainEvent event) {
        OrderAccountEntity account = FinanceQueries.lockAccount(em, event.aggregateId());
        if (event.type().equals(OrderCancelled.TYPE)) {
            if (account != null) {
                account.cancel();
            }
            return;
        }
        OrderConfirmed confirmed = codec.payload(event, OrderConfirmed.class);
        if (account == null) {
            account = new OrderAccountEntity(event.aggregateId(), confirmed.customerId(), confirmed.currency());
            em.persist(account);
        }
        BigDecimal total = settings.currencies().rounded(confirmed.total(), confirmed.currency());
        // a replacement costs the customer nothing: no prepayment, custom or not
        int percent = confirmed.replacementFor() != null ? 0
                : PrepaymentSettings.requiredPercent(prepayment, confirmed.prepaymentPercent(), confirmed.custom());
        account.replaces(confirmed.replacementFor());
        account.confirmed(confirmed.revision() == null ? 1 : confirmed.revision(), total, confirmed.paymentTerms(),
                percent, settings.currencies().share(total, percent, confirmed.currency()),
                clock.dateOf(event.occurredAt()));
    }
}
