package io.orderflow.finance.internal.command;

import io.orderflow.finance.api.Ageing;
import io.orderflow.finance.api.ReceivablesService;
import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.platform.api.time.BusinessClock;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code finance:ageing [yyyy-MM-dd]}: receivables aged at a date (today by default), then the open invoices. */
@Service
@Command(scope = "finance", name = "ageing", description = "Shows receivables aged by due date at a date")
public class AgeingCommand implements Action {

    @Reference
    private ReceivablesService receivables;

    @Reference
    private BusinessClock clock;

    @Reference
    private Session session;

    @Argument(index = 0, name = "asOf", description = "The date to age at, yyyy-MM-dd; today by default")
    private String asOf;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        Ageing ageing = receivables.ageing(ShellInput.dateOr("asOf", asOf, clock.today()));
        out.println("Receivables at " + ageing.asOf());
        for (Ageing.Bucket bucket : ageing.buckets()) {
            out.println("  " + bucket.label() + ": " + (bucket.open().isEmpty() ? "-" : String.join(", ",
                    bucket.open().stream().map(a -> a.amount().toPlainString() + " " + a.currency()).toList())));
        }
        for (Ageing.OpenInvoice invoice : ageing.invoices()) {
            out.println("  " + invoice.number() + "  " + invoice.customerId() + "  order " + invoice.orderNumber()
                    + "  due " + invoice.dueOn() + "  " + invoice.bucket() + "  open " + invoice.open().toPlainString()
                    + " " + invoice.currency());
        }
        return null;
    }
}
