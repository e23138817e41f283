package io.orderflow.salesorder.internal.command;

import io.orderflow.salesorder.api.SalesOrderService;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes order numbers from what has been typed so far. */
@Service
public class OrderNumberCompleter implements Completer {

    private static final int MAX_CANDIDATES = 50;

    @Reference
    private SalesOrderService orders;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String typed = commandLine.getCursorArgument() == null ? ""
                : commandLine.getCursorArgument().substring(0, commandLine.getArgumentPosition());
        return new StringsCompleter(orders.numbersStartingWith(typed, MAX_CANDIDATES))
                .complete(session, commandLine, candidates);
    }
}
