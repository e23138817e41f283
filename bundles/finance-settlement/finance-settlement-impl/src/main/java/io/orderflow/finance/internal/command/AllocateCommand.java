package io.orderflow.finance.internal.command;

import io.orderflow.finance.api.AllocationRow;
import io.orderflow.finance.api.PaymentService;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.platform.api.text.SafePrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code finance:allocate <payment> DOCUMENT=AMOUNT...}: allocates more of a payment's credit on account. */
@Service
@Command(scope = "finance", name = "allocate", description = "Allocates a payment's credit on account to documents")
public class AllocateCommand implements Action {

    @Reference
    private PaymentService payments;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Argument(index = 0, name = "payment", required = true, description = "Payment id, e.g. PAY-2026-000001")
    private String payment;

    @Argument(index = 1, name = "allocations", required = true, multiValued = true, description = "Documents and the"
            + " amounts they get, DOCUMENT=AMOUNT, e.g. SO-2026-000001=300.00 INV-2026-000002=80.00")
    private List<String> allocations;

    @Override
    public Object execute() {
        ShellInput input = new ShellInput();
        List<AllocationRow> rows = input.allocations("allocations", allocations);
        input.check();
        PaymentText.print(SafePrintStream.of(session.getConsole()), payments.allocate(payment, rows, actors.current()));
        return null;
    }
}
