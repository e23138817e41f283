package io.orderflow.finance.internal.command;

import io.orderflow.finance.api.RefundDraft;
import io.orderflow.finance.api.RefundService;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.platform.api.text.SafePrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code finance:record-refund [--reference R] <customer> <creditNote> <amount> <currency> <method> <paidOn>}: records
 * money paid back against a credit note; another finance user verifies it.
 */
@Service
@Command(scope = "finance", name = "record-refund", description = "Records a refund paid against a credit note")
public class RecordRefundCommand implements Action {

    @Reference
    private RefundService refunds;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Argument(index = 0, name = "customer", required = true, description = "Customer id, e.g. CUST-A")
    private String customer;

    @Argument(index = 1, name = "creditNote", required = true, description = "Credit note paid out,"
            + " e.g. CN-2026-000001")
    private String creditNote;

    @Argument(index = 2, name = "amount", required = true, description = "Amount paid back, e.g. 120.00")
    private String amount;

    @Argument(index = 3, name = "currency", required = true, description = "ISO 4217 currency, e.g. EUR")
    private String currency;

    @Argument(index = 4, name = "method", required = true, description = "BANK_TRANSFER, CHEQUE, CARD or CASH")
    private String method;

    @Argument(index = 5, name = "paidOn", required = true, description = "When the money went, yyyy-MM-dd")
    private String paidOn;

    @Option(name = "--reference", aliases = "-r", description = "The bank's reference")
    private String reference;

    @Override
    public Object execute() {
        ShellInput input = new ShellInput();
        RefundDraft draft = new RefundDraft(customer, creditNote, input.amount("amount", amount), currency,
                input.method("method", method), reference, input.date("paidOn", paidOn));
        input.check();
        PaymentText.print(SafePrintStream.of(session.getConsole()), refunds.record(draft, actors.current()));
        return null;
    }
}
