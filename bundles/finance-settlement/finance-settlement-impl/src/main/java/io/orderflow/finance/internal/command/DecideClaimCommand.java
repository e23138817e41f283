package io.orderflow.finance.internal.command;

import io.orderflow.finance.api.ExpenseClaimService;
import io.orderflow.finance.api.ExpenseDecision;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.platform.api.text.SafePrintStream;
import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code finance:decide-claim <number> APPROVE|REJECT|SEND_BACK [reason...]}: the due step's decision (partial
 * sanction of lines is REST's, {@code POST /api/finance/expense-claims/{number}/decisions}).
 */
@Service
@Command(scope = "finance", name = "decide-claim", description = "Approves, rejects or sends back an expense claim")
public class DecideClaimCommand implements Action {

    @Reference
    private ExpenseClaimService claims;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Argument(index = 0, name = "number", required = true, description = "Expense claim, e.g. EXP-2026-000001")
    private String number;

    @Argument(index = 1, name = "decision", required = true, description = "APPROVE, REJECT or SEND_BACK")
    private String decision;

    @Argument(index = 2, name = "reason", multiValued = true, description = "Why; required to reject or send back")
    private List<String> reason;

    @Override
    public Object execute() {
        ExpenseDecision.Decision chosen;
        try {
            chosen = ExpenseDecision.Decision.valueOf(decision.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("decision", "must be APPROVE, REJECT or SEND_BACK");
        }
        ClaimText.full(SafePrintStream.of(session.getConsole()), claims.decide(number, new ExpenseDecision(chosen,
                reason == null ? null : String.join(" ", reason), List.of()), actors.current()));
        return null;
    }
}
