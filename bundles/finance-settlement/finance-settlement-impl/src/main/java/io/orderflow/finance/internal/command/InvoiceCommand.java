package io.orderflow.finance.internal.command;

import io.orderflow.finance.api.InvoiceService;
import io.orderflow.platform.api.text.SafePrintStream;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code finance:invoice <number>}: one invoice with its lines, freight and totals. */
@Service
@Command(scope = "finance", name = "invoice", description = "Shows an invoice with its lines")
public class InvoiceCommand implements Action {

    @Reference
    private InvoiceService invoices;

    @Reference
    private Session session;

    @Argument(index = 0, name = "number", required = true, description = "Invoice number, e.g. INV-2026-000001")
    private String number;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        invoices.invoice(number).ifPresentOrElse(i -> InvoiceText.print(out, i),
                () -> out.println("No invoice " + number));
        return null;
    }
}
