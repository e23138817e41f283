package io.orderflow.finance.internal.command;

import io.orderflow.finance.api.Ageing;
import io.orderflow.finance.api.Overdue;
import io.orderflow.finance.api.ReceivablesService;
import io.orderflow.platform.api.Contact;
import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.platform.api.time.BusinessClock;
import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code finance:overdue [yyyy-MM-dd]}: invoices overdue at a date (today by default), longest overdue first. */
@Service
@Command(scope = "finance", name = "overdue", description = "Lists overdue invoices with whom to call")
public class OverdueCommand implements Action {

    @Reference
    private ReceivablesService receivables;

    @Reference
    private BusinessClock clock;

    @Reference
    private Session session;

    @Argument(index = 0, name = "asOf", description = "The date to look at, yyyy-MM-dd; today by default")
    private String asOf;

    @Override
    public Object execute() {
        List<Overdue> overdue = receivables.overdue(ShellInput.dateOr("asOf", asOf, clock.today()));
        PrintStream out = SafePrintStream.of(session.getConsole());
        if (overdue.isEmpty()) {
            out.println("Nothing overdue");
        }
        for (Overdue o : overdue) {
            Ageing.OpenInvoice i = o.invoice();
            out.println(i.number() + "  " + i.customerId() + (o.customerName() == null ? "" : " " + o.customerName())
                    + "  contact " + contact(o.contact()) + "  " + i.daysOverdue() + " days overdue  open "
                    + i.open().toPlainString() + " " + i.currency());
        }
        return null;
    }

    /** Whatever master data knows of the contact; "-" while it is away or knows nothing. */
    private static String contact(Contact c) {
        String known = c == null ? "" : Stream.of(c.name(), c.phone(), c.email()).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        return known.isEmpty() ? "-" : known;
    }
}
