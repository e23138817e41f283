package io.orderflow.finance.internal.command;

import io.orderflow.finance.api.RefundService;
import io.orderflow.platform.api.text.SafePrintStream;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code finance:refunds <customer>}: money paid back to a customer, newest first. */
@Service
@Command(scope = "finance", name = "refunds", description = "Lists a customer's refunds")
public class RefundsCommand implements Action {

    @Reference
    private RefundService refunds;

    @Reference
    private Session session;

    @Argument(index = 0, name = "customer", required = true, description = "Customer id, e.g. CUST-A")
    private String customer;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        refunds.refunds(customer).forEach(r -> PaymentText.print(out, r));
        return null;
    }
}
