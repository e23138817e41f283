package io.orderflow.aftersales.internal.command;

import io.orderflow.aftersales.api.Remedy;
import io.orderflow.aftersales.api.RemedyDraft;
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

/**
 * {@code after-sales:remedy <number> <lineNo:quantity:REMEDY[:reason]>...}: the sales director fixes and approves
 * the remedies of inspected goods (EXCHANGE makes the replacement order, REFUND the credit note).
 */
@Service
@Command(scope = "after-sales", name = "remedy", description = "Fixes and approves the remedies of inspected goods")
public class RemedyCommand implements Action {

    private static final String SHAPE = "lineNo:quantity:REMEDY[:reason], e.g. 1:2:EXCHANGE";

    @Reference
    private ReturnService returns;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Argument(index = 0, name = "number", required = true, description = "Return, e.g. RET-2026-000001")
    private String number;

    @Argument(index = 1, name = "lines", required = true, multiValued = true, description = SHAPE + "; REMEDY is"
            + " EXCHANGE, REFUND or NONE (NONE needs a reason)")
    private List<String> lines;

    @Override
    public Object execute() {
        ShellInput input = new ShellInput();
        List<RemedyDraft.Line> fixed = input.lines("lines", lines, 2, true, SHAPE).stream()
                .map(line -> new RemedyDraft.Line(line.lineNo(), input.choice("lines", line.field(0), Remedy.class),
                        line.quantity(), line.field(1)))
                .toList();
        input.check();
        ReturnText.full(SafePrintStream.of(session.getConsole()), returns.fixRemedies(number, new RemedyDraft(fixed),
                actors.current()));
        return null;
    }
}
