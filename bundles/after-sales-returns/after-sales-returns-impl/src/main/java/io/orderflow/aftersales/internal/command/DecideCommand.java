package io.orderflow.aftersales.internal.command;

import io.orderflow.aftersales.api.ReturnService;
import io.orderflow.aftersales.api.ReviewDecision;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.platform.api.text.SafePrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code after-sales:decide [--company-quality yes|no] <number> approve|reject [reason...]}: a reviewer's signature
 * (marketing manager or quality); only quality answers whether the company's quality is at fault.
 */
@Service
@Command(scope = "after-sales", name = "decide", description = "Signs a return request: approve or reject")
public class DecideCommand implements Action {

    private enum Verdict {
        APPROVE,
        REJECT
    }

    @Reference
    private ReturnService returns;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Option(name = "--company-quality", aliases = "-q", description = "Quality's finding: yes when the cause is the"
            + " company's own quality (the return policy's limits then do not apply), no otherwise")
    private String companyQuality;

    @Argument(index = 0, name = "number", required = true, description = "Return, e.g. RET-2026-000001")
    private String number;

    @Argument(index = 1, name = "decision", required = true, description = "approve or reject")
    private String decision;

    @Argument(index = 2, name = "reason", multiValued = true, description = "Why; required to reject")
    private List<String> reason;

    @Override
    public Object execute() {
        ShellInput input = new ShellInput();
        Verdict verdict = input.choice("decision", decision, Verdict.class);
        Boolean quality = input.yesNo("--company-quality", companyQuality);
        input.check();
        ReviewDecision signed = new ReviewDecision(verdict == Verdict.APPROVE, quality,
                reason == null ? null : String.join(" ", reason));
        ReturnText.full(SafePrintStream.of(session.getConsole()), returns.decide(number, signed, actors.current()));
        return null;
    }
}
