package io.orderflow.routes.edi.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.routes.edi.internal.ledger.InterchangeView;
import io.orderflow.routes.edi.internal.ledger.LedgerViews;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code edi:interchanges}: the newest interchanges, or only those overdue for the partner's acknowledgement. */
@Service
@Command(scope = "edi", name = "interchanges", description = "Lists EDI interchanges in and out, newest first")
public class InterchangesCommand implements Action {

    @Option(name = "--partner", description = "Only this partner")
    private String partner;

    @Option(name = "--state", description = "Only this state, e.g. REJECTED or SENT")
    private String state;

    @Option(name = "--overdue", description = "Only our interchanges the partner has not acknowledged in time")
    private boolean overdue;

    @Option(name = "--limit", description = "At most this many (default 20)")
    private int limit = 20;

    @Reference
    private LedgerViews views;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        List<InterchangeView> found = overdue ? views.overdue(Instant.now())
                : views.interchanges(partner, null, state, limit);
        if (found.isEmpty()) {
            out.println("No interchange");
        }
        out.printf("%-6s %-10s %-3s %-12s %-8s %-18s %5s %-30s %s%n", "ID", "PARTNER", "DIR", "CONTROL", "MESSAGES",
                "STATE", "SETS", "ORDERS", "ACK");
        for (InterchangeView i : found) {
            String ack = i.direction().equals("IN") ? (i.acknowledgementId() == null ? "-" : "sent #" + i.acknowledgementId())
                    : i.acknowledged() != null ? "received " + i.acknowledged() : "due " + i.acknowledgementDue();
            out.printf("%-6d %-10s %-3s %-12s %-8s %-18s %2d/%-2d %-30s %s%n", i.id(), i.partner(), i.direction(),
                    i.controlNumber(), i.messages(), i.state(), i.acceptedSets(), i.sets(), String.join(",", i.orders()),
                    ack);
            i.warnings().forEach(warning -> out.println("       warning: " + warning));
        }
        return null;
    }
}
