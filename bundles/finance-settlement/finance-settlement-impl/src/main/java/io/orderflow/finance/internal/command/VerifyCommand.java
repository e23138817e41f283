package io.orderflow.finance.internal.command;

import io.orderflow.finance.api.PaymentService;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.platform.api.text.SafePrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code finance:verify <payment>}: verifies a payment another finance user recorded; from now on it counts. */
@Service
@Command(scope = "finance", name = "verify", description = "Verifies a payment recorded by another finance user")
public class VerifyCommand implements Action {

    @Reference
    private PaymentService payments;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Argument(index = 0, name = "payment", required = true, description = "Payment id, e.g. PAY-2026-000001")
    private String payment;

    @Override
    public Object execute() {
        PaymentText.print(SafePrintStream.of(session.getConsole()), payments.verify(payment, actors.current()));
        return null;
    }
}
