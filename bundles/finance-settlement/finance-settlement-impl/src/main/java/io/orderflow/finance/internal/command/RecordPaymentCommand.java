package io.orderflow.finance.internal.command;

import io.orderflow.finance.api.PaymentDraft;
import io.orderflow.finance.api.PaymentService;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.platform.api.text.SafePrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code finance:record-payment [--reference R] [--allocate DOCUMENT=AMOUNT ...] <customer> <amount> <currency>
 * <method> <receivedOn>} (options first, as Karaf reads them): records money received; another finance user verifies it.
 */
@Service
@Command(scope = "finance", name = "record-payment", description = "Records a payment received from a customer")
public class RecordPaymentCommand implements Action {

    @Reference
    private PaymentService payments;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Argument(index = 0, name = "customer", required = true, description = "Customer id, e.g. CUST-A")
    private String customer;

    @Argument(index = 1, name = "amount", required = true, description = "Amount received, e.g. 1250.00")
    private String amount;

    @Argument(index = 2, name = "currency", required = true, description = "ISO 4217 currency, e.g. EUR")
    private String currency;

    @Argument(index = 3, name = "method", required = true, description = "BANK_TRANSFER, CHEQUE, CARD or CASH")
    private String method;

    @Argument(index = 4, name = "receivedOn", required = true, description = "When the money came, yyyy-MM-dd")
    private String receivedOn;

    @Option(name = "--reference", aliases = "-r", description = "The bank's or the customer's reference")
    private String reference;

    @Option(name = "--allocate", aliases = "-a", multiValued = true, description = "A document and the amount of the"
            + " payment it gets, DOCUMENT=AMOUNT, e.g. SO-2026-000001=300.00; the rest stays on account")
    private List<String> allocations;

    @Override
    public Object execute() {
        ShellInput input = new ShellInput();
        PaymentDraft draft = new PaymentDraft(customer, input.amount("amount", amount), currency,
                input.method("method", method), reference, input.date("receivedOn", receivedOn),
                input.allocations("--allocate", allocations));
        input.check();
        PaymentText.print(SafePrintStream.of(session.getConsole()), payments.record(draft, actors.current()));
        return null;
    }
}
