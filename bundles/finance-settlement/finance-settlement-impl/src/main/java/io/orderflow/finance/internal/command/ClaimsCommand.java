package io.orderflow.finance.internal.command;

import io.orderflow.finance.api.ExpenseClaim;
import io.orderflow.finance.api.ExpenseClaimService;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.text.SafePrintStream;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code finance:claims}: the caller's own expense claims, then those whose due step the caller decides. */
@Service
@Command(scope = "finance", name = "claims", description = "Lists your expense claims and those you decide now")
public class ClaimsCommand implements Action {

    @Reference
    private ExpenseClaimService claims;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        Actor actor = actors.current();
        print(out, "Mine:", claims.mine(actor));
        print(out, "To decide:", claims.toDecide(actor));
        return null;
    }

    private static void print(PrintStream out, String title, List<ExpenseClaim> list) {
        out.println(title + (list.isEmpty() ? " none" : ""));
        list.forEach(claim -> ClaimText.summary(out, claim));
    }
}
