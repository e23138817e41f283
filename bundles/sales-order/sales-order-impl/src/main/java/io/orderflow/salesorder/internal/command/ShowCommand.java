package io.orderflow.salesorder.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.salesorder.api.IntakeFlag;
import io.orderflow.salesorder.api.OrderLine;
import io.orderflow.salesorder.api.SalesOrder;
import io.orderflow.salesorder.api.SalesOrderNotFoundException;
import io.orderflow.salesorder.api.SalesOrderService;
import io.orderflow.salesorder.api.TimelineEntry;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code sales-order:show <number>}: one order with its lines, review flags and timeline. */
@Service
@Command(scope = "sales-order", name = "show", description = "Shows a sales order")
public class ShowCommand implements Action {

    @Reference
    private SalesOrderService orders;

    @Reference
    private Session session;

    @Argument(index = 0, name = "number", required = true, description = "Order number, e.g. SO-2026-000001")
    @Completion(OrderNumberCompleter.class)
    private String number;

    @Override
    public Object execute() {
        SalesOrder o = orders.find(number).orElseThrow(() -> new SalesOrderNotFoundException(number));
        PrintStream out = SafePrintStream.of(session.getConsole());
        out.printf("Order %s  %s%n", o.number(), o.status());
        out.printf("Customer %s, PO %s, %s via %s, entered by %s%n", o.customerId(), o.customerPo(), o.type(),
                o.channel(), o.enteredBy());
        if (o.replacementFor() != null) {
            out.printf("Replaces goods of order %s for %s%n", o.replacementFor(), o.rma());
        }
        out.printf("Delivery %s to %s, %s %s %s%n", o.requestedDelivery(), o.deliveryAddress().line1(),
                o.deliveryAddress().postalCode() == null ? "" : o.deliveryAddress().postalCode(),
                o.deliveryAddress().city(), o.deliveryAddress().country());
        out.printf("Terms %s; custom %s, installation %s, ship before payment %s%s%n", o.paymentTerms(), o.custom(),
                o.installation(), o.shipBeforePayment(),
                o.policyException() == null ? "" : "; policy exception: " + o.policyException());
        out.printf("Received %s, to be confirmed by %s%n", o.receivedAt(), o.confirmationDueAt());
        ShellTable lines = new ShellTable();
        lines.column("#");
        lines.column("Product");
        lines.column("Specification");
        lines.column("Quantity").alignRight();
        lines.column("Unit price").alignRight();
        lines.column("List price").alignRight();
        lines.column("Amount").alignRight();
        for (OrderLine l : o.lines()) {
            lines.addRow().addContent(l.lineNo(), l.productCode(), l.specification(), l.quantity() + " " + l.unit(),
                    l.unitPrice(), l.listPrice(), l.amount());
        }
        lines.print(out);
        out.printf("Total %s%n", o.total());
        for (IntakeFlag flag : o.flags()) {
            out.printf("Flag %s (%s): %s%n", flag.code(), flag.field(), flag.detail());
        }
        out.println("Timeline:");
        for (TimelineEntry entry : orders.timeline(number)) {
            out.printf("  %s  %s  %s%n", entry.occurredAt(), entry.type(), entry.summary());
        }
        return null;
    }
}
