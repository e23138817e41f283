package io.orderflow.finance.internal.command;

import io.orderflow.finance.api.Invoice;
import io.orderflow.finance.api.InvoiceService;
import io.orderflow.platform.api.text.SafePrintStream;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code finance:invoices <order>}: an order's invoices, oldest first. */
@Service
@Command(scope = "finance", name = "invoices", description = "Lists an order's invoices")
public class InvoicesCommand implements Action {

    @Reference
    private InvoiceService invoices;

    @Reference
    private Session session;

    @Argument(index = 0, name = "order", required = true, description = "Order number, e.g. SO-2026-000001")
    private String order;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        List<Invoice> found = invoices.invoices(order);
        if (found.isEmpty()) {
            out.println("No invoices for order " + order);
        }
        found.forEach(i -> InvoiceText.summary(out, i));
        return null;
    }
}
