package io.orderflow.finance.internal.command;

import io.orderflow.finance.api.PaymentService;
import io.orderflow.platform.api.text.SafePrintStream;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code finance:payments <customer>}: a customer's payments, newest first, with where their money went. */
@Service
@Command(scope = "finance", name = "payments", description = "Lists a customer's payments and their allocations")
public class PaymentsCommand implements Action {

    @Reference
    private PaymentService payments;

    @Reference
    private Session session;

    @Argument(index = 0, name = "customer", required = true, description = "Customer id, e.g. CUST-A")
    private String customer;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        payments.payments(customer).forEach(p -> PaymentText.print(out, p));
        return null;
    }
}
