package io.orderflow.routes.edi.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.routes.edi.internal.ledger.LedgerViews;
import io.orderflow.routes.edi.internal.ledger.PartnerCounts;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code edi:counts}: files in (by outcome) and out, per partner. */
@Service
@Command(scope = "edi", name = "counts", description = "Counts the files each EDI partner sent and got")
public class CountsCommand implements Action {

    @Reference
    private LedgerViews views;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        out.printf("%-12s %8s %10s %9s %12s %12s %9s%n", "PARTNER", "IN", "PROCESSED", "REJECTED", "QUARANTINED",
                "IN PROGRESS", "OUT");
        for (PartnerCounts c : views.counts()) {
            out.printf("%-12s %8d %10d %9d %12d %12d %9d%n", c.partner(), c.filesIn(), c.processed(), c.rejected(),
                    c.quarantined(), c.inProgress(), c.filesOut());
        }
        return null;
    }
}
