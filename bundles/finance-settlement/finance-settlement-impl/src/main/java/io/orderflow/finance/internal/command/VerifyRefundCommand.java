package io.orderflow.finance.internal.command;

import io.orderflow.finance.api.RefundService;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.platform.api.text.SafePrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code finance:verify-refund <refund>}: verifies a refund another finance user recorded. */
@Service
@Command(scope = "finance", name = "verify-refund", description = "Verifies a refund recorded by another finance user")
public class VerifyRefundCommand implements Action {

    @Reference
    private RefundService refunds;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Argument(index = 0, name = "refund", required = true, description = "Refund id, e.g. REF-2026-000001")
    private String refund;

    @Override
    public Object execute() {
        PaymentText.print(SafePrintStream.of(session.getConsole()), refunds.verify(refund, actors.current()));
        return null;
    }
}
