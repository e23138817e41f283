package io.orderflow.aftersales.internal.command;

import io.orderflow.aftersales.api.ReturnService;
import io.orderflow.platform.api.text.SafePrintStream;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code after-sales:return <number>}: a return's whole story. */
@Service
@Command(scope = "after-sales", name = "return", description = "Shows a customer return with everything that"
        + " happened to it")
public class ReturnCommand implements Action {

    @Reference
    private ReturnService returns;

    @Reference
    private Session session;

    @Argument(index = 0, name = "number", required = true, description = "Return, e.g. RET-2026-000001")
    private String number;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        returns.find(number).ifPresentOrElse(r -> ReturnText.full(out, r), () -> out.println("No return " + number));
        return null;
    }
}
