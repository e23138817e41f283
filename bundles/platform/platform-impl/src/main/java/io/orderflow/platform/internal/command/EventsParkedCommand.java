package io.orderflow.platform.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.platform.internal.event.EventBook;
import io.orderflow.platform.internal.event.EventBook.ParkedDelivery;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code orderflow:events-parked}: deliveries parked after their last attempt, with the error. */
@Service
@Command(scope = "orderflow", name = "events-parked", description = "Lists parked event deliveries")
public class EventsParkedCommand implements Action {

    @Reference
    private EventBook book;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Event id");
        table.column("Type");
        table.column("Aggregate");
        table.column("Subscriber");
        table.column("Attempts").alignRight();
        table.column("Parked at");
        table.column("Error").maxSize(80);
        for (ParkedDelivery p : book.parked()) {
            table.addRow().addContent(p.eventId(), p.type(), p.aggregateId(), p.subscriber(), p.attempts(),
                    p.parkedAt(), p.error());
        }
        table.print(SafePrintStream.of(session.getConsole()));
        return null;
    }
}
