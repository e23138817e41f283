package io.orderflow.finance.internal.rest;

import io.orderflow.finance.api.CreditNoteService;
import io.orderflow.finance.api.ExpenseClaimService;
import io.orderflow.finance.api.InvoiceService;
import io.orderflow.finance.api.PaymentGate;
import io.orderflow.finance.api.PaymentService;
import io.orderflow.finance.api.PostingService;
import io.orderflow.finance.api.ReceivablesService;
import io.orderflow.finance.api.RefundService;
import io.orderflow.finance.api.StatementService;
import io.orderflow.platform.api.rest.RestPublisher;
import io.orderflow.platform.api.time.BusinessClock;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Publishes finance's REST resources under {@code /api/finance}. */
@Component(service = {})
public final class FinanceRest {

    private final RestPublisher.Publication publication;

    @Activate
    public FinanceRest(@Reference RestPublisher rest, @Reference PaymentService payments,
                       @Reference PaymentGate gate, @Reference InvoiceService invoices,
                       @Reference ReceivablesService receivables, @Reference BusinessClock clock,
                       @Reference CreditNoteService creditNotes, @Reference RefundService refunds,
                       @Reference StatementService statements, @Reference PostingService postings,
                       @Reference ExpenseClaimService expenseClaims) {
        publication = rest.publish("/finance", List.of(new PaymentResource(payments, gate),
                new InvoiceResource(invoices), new ReceivablesResource(receivables, clock),
                new CreditNoteResource(creditNotes), new RefundResource(refunds), new StatementResource(statements),
                new PostingResource(postings), new ExpenseClaimResource(expenseClaims)));
    }

    @Deactivate
    void withdraw() {
        publication.close();
    }
}
