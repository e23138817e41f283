package io.orderflow.aftersales.internal.command;

import io.orderflow.aftersales.api.CustomerReturn;
import io.orderflow.aftersales.api.ReturnService;
import io.orderflow.aftersales.api.ReturnStatus;
import io.orderflow.platform.api.text.SafePrintStream;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code after-sales:returns [--status S] [--limit N]}: returns newest first, one line each; {@code --overdue}: the
 * authorised returns whose goods are overdue, oldest first.
 */
@Service
@Command(scope = "after-sales", name = "returns", description = "Lists customer returns")
public class ReturnsCommand implements Action {

    @Reference
    private ReturnService returns;

    @Reference
    private Session session;

    @Option(name = "--status", aliases = "-s", description = "REQUESTED, AUTHORIZED, REJECTED, RECEIVED, INSPECTED,"
            + " REMEDYING or CLOSED; every status when left out")
    private String status;

    @Option(name = "--limit", aliases = "-n", description = "At most this many, 1 to 500 (default 50)")
    private String limit;

    @Option(name = "--overdue", description = "Authorised returns whose goods have not all come back in time")
    private boolean overdue;

    @Override
    public Object execute() {
        ShellInput input = new ShellInput();
        ReturnStatus wanted = input.choice("--status", status, ReturnStatus.class);
        Integer most = input.whole("--limit", limit);
        input.check();
        List<CustomerReturn> found = overdue ? returns.overdueReceipts()
                : returns.list(wanted, most == null ? 50 : most);
        PrintStream out = SafePrintStream.of(session.getConsole());
        if (found.isEmpty()) {
            out.println(overdue ? "No return is overdue" : "No returns");
        }
        found.forEach(r -> ReturnText.summary(out, r));
        return null;
    }
}
