package io.orderflow.finance.internal;

import io.orderflow.finance.api.event.CreditNoteIssued;
import io.orderflow.finance.api.event.ExpenseClaimApproved;
import io.orderflow.finance.api.event.InvoiceIssued;
import io.orderflow.finance.api.event.PaymentVerified;
import io.orderflow.finance.api.event.RefundVerified;
import io.orderflow.finance.internal.jpa.FinanceQueries;
import io.orderflow.platform.api.event.AppliedEvents;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.event.IdempotentSubscriber;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Finance's own documents become postings to the ERP (subscriber {@value #ID}): each invoice and credit note issued,
 * each payment and refund verified and each expense claim approved, once (a payment verified and allocated later is still one posting). A posting is
 * built in the same transaction that marks the event applied; while master data is away a sales document waits.
 */
@Component(service = EventSubscriber.class)
public final class PostingWriter extends IdempotentSubscriber<EntityManager> {

    /** Listed in the bundle's Orderflow-Subscribers header (bnd.bnd). */
    static final String ID = "finance.postings";

    private final BusinessClock clock;
    private final EventCodec codec;
    private final PostingBuilder builder;

    @Activate
    public PostingWriter(@Reference(target = FinanceDatabase.UNIT) JpaTemplate jpa,
                         @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                         @Reference AppliedEvents applied, @Reference BusinessClock clock, @Reference EventCodec codec,
                         @Reference PostingBuilder builder) {
        super(ID, Set.of(InvoiceIssued.TYPE, CreditNoteIssued.TYPE, PaymentVerified.TYPE, RefundVerified.TYPE,
                ExpenseClaimApproved.TYPE),
                applied, FinanceDatabase.SCHEMA, new FinanceDatabase(jpa, migrations, transactions)::inTransaction,
                FinanceDatabase::connection);
        this.clock = clock;
        this.codec = codec;
        this.builder = builder;
    }

    @Override
    protected void apply(EntityManager em, DomainEvent event) {
        switch (event.type()) {
            case InvoiceIssued.TYPE -> post(em, PostingBuilder.INVOICE, codec.payload(event, InvoiceIssued.class)
                    .invoice());
            case CreditNoteIssued.TYPE -> post(em, PostingBuilder.CREDIT_NOTE, codec.payload(event,
                    CreditNoteIssued.class).creditNote());
            case PaymentVerified.TYPE -> post(em, PostingBuilder.PAYMENT, codec.payload(event, PaymentVerified.class)
                    .payment());
            case RefundVerified.TYPE -> post(em, PostingBuilder.REFUND, codec.payload(event, RefundVerified.class)
                    .refund());
            case ExpenseClaimApproved.TYPE -> post(em, PostingBuilder.EXPENSE_CLAIM, codec.payload(event,
                    ExpenseClaimApproved.class).claim());
            default -> throw new IllegalArgumentException("not an event for the postings: " + event.type());
        }
    }

    private void post(EntityManager em, String documentType, String document) {
        if (FinanceQueries.latestPosting(em, document) == null) {
            em.persist(builder.build(em, documentType, document, 1, clock.now()));
        }
    }
}
