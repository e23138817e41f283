package io.orderflow.finance.internal.command;

import io.orderflow.finance.api.OrderSettlement;
import io.orderflow.finance.api.PaymentGate;
import io.orderflow.platform.api.text.SafePrintStream;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code finance:settlement <order>}: where an order's money stands. */
@Service
@Command(scope = "finance", name = "settlement", description = "Shows an order's total, prepayment, paid and open")
public class SettlementCommand implements Action {

    @Reference
    private PaymentGate gate;

    @Reference
    private Session session;

    @Argument(index = 0, name = "order", required = true, description = "Order number, e.g. SO-2026-000001")
    private String order;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        OrderSettlement s = gate.settlement(order).orElse(null);
        if (s == null) {
            out.println("Finance has no confirmed order " + order);
            return null;
        }
        out.println(s.orderNumber() + "  " + s.customerId() + "  " + s.paymentTerms() + "  total " + s.total()
                .toPlainString() + " " + s.currency() + "  prepayment due " + s.prepaymentDue().toPlainString()
                + "  paid " + s.paid().toPlainString() + "  pending verification " + s.pending().toPlainString()
                + "  open " + s.open().toPlainString() + (s.prepaid() ? "  (prepaid)" : ""));
        return null;
    }
}
