package io.orderflow.platform.internal.command;

import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.platform.internal.event.EventBook;
import java.util.UUID;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code orderflow:events-replay <event id> | --all}: puts parked deliveries back in line. */
@Service
@Command(scope = "orderflow", name = "events-replay", description = "Replays parked event deliveries")
public class EventsReplayCommand implements Action {

    @Reference
    private EventBook book;

    @Reference
    private ActorContext actors;

    @Argument(index = 0, name = "eventId", description = "Id of the parked event, as orderflow:events-parked lists it")
    private String eventId;

    @Option(name = "--all", description = "Replay every parked delivery")
    private boolean all;

    @Option(name = "--subscriber", description = "Only for this subscriber")
    private String subscriber;

    @Override
    public Object execute() {
        if (all == (eventId != null)) {
            throw new ValidationException("eventId", "give either an event id or --all");
        }
        UUID id;
        try {
            id = all ? null : UUID.fromString(eventId);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("eventId", "not an event id: " + eventId);
        }
        return book.replay(actors.current(), id, subscriber) + " delivery(ies) put back for delivery";
    }
}
