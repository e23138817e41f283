package io.orderflow.routes.carrier.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.routes.carrier.internal.store.Receipts;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code carrier:unmatched}: tracking numbers carriers told us about that no shipment has yet. */
@Service
@Command(scope = "carrier", name = "unmatched", description = "Lists carriers' events waiting for their shipment")
public class UnmatchedCommand implements Action {

    @Reference
    private Receipts receipts;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        List<Receipts.Unmatched> unmatched = receipts.unmatched();
        if (unmatched.isEmpty()) {
            out.println("No unmatched tracking numbers");
        }
        unmatched.forEach(u -> out.printf("%s  %s  webhook %d of %s%n", u.trackingNumber(), u.carrier(), u.receipt(),
                u.receivedAt()));
        return null;
    }
}
