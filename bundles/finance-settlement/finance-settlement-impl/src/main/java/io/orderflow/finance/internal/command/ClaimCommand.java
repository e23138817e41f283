package io.orderflow.finance.internal.command;

import io.orderflow.finance.api.ExpenseClaimService;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.platform.api.text.SafePrintStream;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code finance:claim <number>}: an expense claim with its lines, receipts and decisions. */
@Service
@Command(scope = "finance", name = "claim", description = "Shows an expense claim")
public class ClaimCommand implements Action {

    @Reference
    private ExpenseClaimService claims;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Argument(index = 0, name = "number", required = true, description = "Expense claim, e.g. EXP-2026-000001")
    private String number;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        claims.claim(number, actors.current()).ifPresentOrElse(claim -> ClaimText.full(out, claim),
                () -> out.println("No expense claim " + number));
        return null;
    }
}
