package io.orderflow.routes.edi.internal.command;

import io.orderflow.logistics.api.TrackingEvent;
import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.routes.edi.internal.ledger.UnmatchedStatuses;
import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code edi:unmatched}: carriers' statuses waiting for a shipment with their tracking number, newest first. */
@Service
@Command(scope = "edi", name = "unmatched", description = "Lists carriers' 214 / IFTSTA statuses logistics has no"
        + " shipment for yet")
public class UnmatchedCommand implements Action {

    @Option(name = "--partner", description = "Only this partner (carrier)")
    private String partner;

    @Option(name = "--limit", description = "At most this many (default 20)")
    private int limit = 20;

    @Reference
    private UnmatchedStatuses unmatched;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        List<UnmatchedStatuses.Kept> found = unmatched.waiting(partner, limit);
        if (found.isEmpty()) {
            out.println("No status waits for a shipment");
        }
        out.printf("%-6s %-10s %-24s %-8s %-20s %-26s %s%n", "ID", "PARTNER", "TRACKING NUMBER", "CODE", "MILESTONE",
                "TIME", "LOCATION");
        for (UnmatchedStatuses.Kept kept : found) {
            TrackingEvent e = kept.event();
            String time = e.localTime() == null ? "-" : e.localTime() + " (" + e.zoneSource() + ")";
            out.printf("%-6d %-10s %-24s %-8s %-20s %-26s %s%n", kept.id(), e.carrier(), e.trackingNumber(), e.code(),
                    e.milestone(), time, Objects.toString(e.location(), "-"));
        }
        return null;
    }
}
