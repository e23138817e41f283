package io.orderflow.aftersales.internal;

import io.orderflow.aftersales.api.Remedy;
import io.orderflow.aftersales.api.event.ExchangeShipped;
import io.orderflow.aftersales.internal.jpa.ReturnEntity;
import io.orderflow.aftersales.internal.jpa.ReturnQueries;
import io.orderflow.finance.api.event.RefundVerified;
import io.orderflow.logistics.api.OrderStage;
import io.orderflow.logistics.api.event.Dispatched;
import io.orderflow.logistics.api.event.SignedOff;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.event.AppliedEvents;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.event.IdempotentSubscriber;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.tx.Transactions;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Follows what carries the remedies out: a replacement order's dispatch ({@code after-sales/RETURN_EXCHANGE_SHIPPED})
 * and its delivery (the exchange is done), and finance's verified refund of a return's credit note (the refund is
 * done). Events of other orders and credit notes are none of after-sales' business and pass.
 */
@Component(service = EventSubscriber.class)
public final class RemedyProgress extends IdempotentSubscriber<EntityManager> {

    /** Listed in the bundle's Orderflow-Subscribers header (bnd.bnd). */
    static final String ID = "after-sales.remedies";

    private final EventCodec codec;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final Remedies remedies;

    @Activate
    public RemedyProgress(@Reference(target = AfterSalesDatabase.UNIT) JpaTemplate jpa,
                          @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                          @Reference AppliedEvents applied, @Reference EventCodec codec,
                          @Reference EventOutbox outbox, @Reference AuditTrail audit,
                          @Reference Remedies remedies) {
        super(ID, Set.of(Dispatched.TYPE, SignedOff.TYPE, RefundVerified.TYPE), applied, AfterSalesDatabase.SCHEMA,
                new AfterSalesDatabase(jpa, migrations, transactions)::inTransaction,
                AfterSalesDatabase::connection);
        this.codec = codec;
        this.outbox = outbox;
        this.audit = audit;
        this.remedies = remedies;
    }

    @Override
    protected void apply(EntityManager em, DomainEvent event) {
        switch (event.type()) {
            case Dispatched.TYPE -> {
                String shipment = codec.payload(event, Dispatched.class).shipment();
                for (ReturnEntity exchanged : ReturnQueries.byRemedyDocument(em, event.aggregateId())) {
                    audit.record(AfterSalesDatabase.connection(em), new AuditRecord(event.occurredAt(),
                            Actor.SYSTEM.name(), null, "RETURN_EXCHANGE_SHIPPED", exchanged.number(), null,
                            "replacement order " + event.aggregateId() + ", shipment " + shipment));
                    outbox.append(AfterSalesDatabase.connection(em), exchanged.number(), event.occurredAt(),
                            new ExchangeShipped(exchanged.orderNumber(), exchanged.rma(), event.aggregateId(),
                                    shipment));
                }
            }
            case SignedOff.TYPE -> {
                if (codec.payload(event, SignedOff.class).stage() == OrderStage.COMPLETED) {
                    remedies.done(em, Remedy.EXCHANGE, event.aggregateId(), event.occurredAt());
                }
            }
            default -> remedies.done(em, Remedy.REFUND, codec.payload(event, RefundVerified.class).creditNote(),
                    event.occurredAt());
        }
    }
}
