package io.orderflow.platform.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.platform.internal.event.EventBook;
import io.orderflow.platform.internal.event.EventBook.SubscriberStatus;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code orderflow:events}: per subscriber, what was delivered, what waits, what is parked, and the lag. */
@Service
@Command(scope = "orderflow", name = "events", description = "Shows event delivery per subscriber")
public class EventsCommand implements Action {

    @Reference
    private EventBook book;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Subscriber");
        table.column("Bundle");
        table.column("Live");
        table.column("Delivered").alignRight();
        table.column("Pending").alignRight();
        table.column("Parked").alignRight();
        table.column("Lag").alignRight();
        table.column("Types");
        for (SubscriberStatus s : book.subscribers()) {
            table.addRow().addContent(s.subscriber(), s.bundle(), s.live() ? "yes" : "no", s.delivered(), s.pending(),
                    s.parked(), s.lag().toMillis() + " ms", String.join(",", s.types()));
        }
        table.print(SafePrintStream.of(session.getConsole()));
        return null;
    }
}
