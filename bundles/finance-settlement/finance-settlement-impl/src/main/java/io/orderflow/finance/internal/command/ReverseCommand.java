package io.orderflow.finance.internal.command;

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

/**
 * {@code finance:reverse <payment> <reason...>}: reverses a verified payment that bounced; what it paid is open again.
 * The reason may be several words.
 */
@Service
@Command(scope = "finance", name = "reverse", description = "Reverses a verified payment that bounced, with a reason")
public class ReverseCommand implements Action {

    @Reference
    private PaymentService payments;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Argument(index = 0, name = "payment", required = true, description = "Payment id, e.g. PAY-2026-000001")
    private String payment;

    @Argument(index = 1, name = "reason", required = true, multiValued = true, description = "Why, in words, e.g."
            + " returned by the bank: account closed")
    private List<String> reason;

    @Override
    public Object execute() {
        PaymentText.print(SafePrintStream.of(session.getConsole()),
                payments.reverse(payment, String.join(" ", reason), actors.current()));
        return null;
    }
}
