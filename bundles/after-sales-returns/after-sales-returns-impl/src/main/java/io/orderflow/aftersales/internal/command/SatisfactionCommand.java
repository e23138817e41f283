package io.orderflow.aftersales.internal.command;

import io.orderflow.aftersales.api.ReturnService;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.platform.api.text.SafePrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code after-sales:satisfaction <number> <score> [comment...]}: the customer's satisfaction, 1 to 5. */
@Service
@Command(scope = "after-sales", name = "satisfaction", description = "Records the customer's satisfaction with a"
        + " return")
public class SatisfactionCommand implements Action {

    @Reference
    private ReturnService returns;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Argument(index = 0, name = "number", required = true, description = "Return, e.g. RET-2026-000001")
    private String number;

    @Argument(index = 1, name = "score", required = true, description = "1 (very unhappy) to 5 (very happy)")
    private String score;

    @Argument(index = 2, name = "comment", multiValued = true, description = "What the customer said")
    private List<String> comment;

    @Override
    public Object execute() {
        ShellInput input = new ShellInput();
        Integer given = input.whole("score", score);
        input.check();
        ReturnText.full(SafePrintStream.of(session.getConsole()), returns.recordSatisfaction(number, given,
                comment == null ? null : String.join(" ", comment), actors.current()));
        return null;
    }
}
