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

/** {@code after-sales:short-close <number> <reason...>}: the return's lines cut to what came back. */
@Service
@Command(scope = "after-sales", name = "short-close", description = "Closes what of a return will not come back")
public class ShortCloseCommand implements Action {

    @Reference
    private ReturnService returns;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Argument(index = 0, name = "number", required = true, description = "Return, e.g. RET-2026-000001")
    private String number;

    @Argument(index = 1, name = "reason", required = true, multiValued = true, description = "Why the rest will"
            + " not come back")
    private List<String> reason;

    @Override
    public Object execute() {
        ReturnText.full(SafePrintStream.of(session.getConsole()), returns.closeShort(number, String.join(" ", reason),
                actors.current()));
        return null;
    }
}
