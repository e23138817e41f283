package io.orderflow.platform.internal.rest;

import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.internal.event.EventBook;
import io.orderflow.platform.internal.event.EventBook.ParkedDelivery;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/** {@code /api/platform/events}: the event backbone for admins (no business role is named, so admin only). */
@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
public final class EventsResource {

    private final EventBook book;

    EventsResource(EventBook book) {
        this.book = book;
    }

    /** A subscriber's deliveries as JSON; {@code lagMillis} is how long its oldest undelivered event has waited. */
    public record SubscriberJson(String subscriber, String bundle, Set<String> types, boolean live, long delivered,
                                 long pending, long parked, long lagMillis) {
    }

    @GET
    @Path("/subscribers")
    public List<SubscriberJson> subscribers() {
        return book.subscribers().stream().map(s -> new SubscriberJson(s.subscriber(), s.bundle(), s.types(), s.live(),
                s.delivered(), s.pending(), s.parked(), s.lag().toMillis())).toList();
    }

    @GET
    @Path("/parked")
    public List<ParkedDelivery> parked() {
        return book.parked();
    }

    /** Replays the parked deliveries of one event, for one subscriber when {@code subscriber} is given. */
    @POST
    @Path("/parked/{eventId}/replay")
    public Map<String, Integer> replay(@PathParam("eventId") String eventId, @QueryParam("subscriber") String subscriber,
                                       @Context Actor actor) {
        return Map.of("replayed", book.replay(actor, uuid(eventId),
                subscriber == null || subscriber.isBlank() ? null : subscriber));
    }

    @POST
    @Path("/parked/replay")
    public Map<String, Integer> replayAll(@Context Actor actor) {
        return Map.of("replayed", book.replay(actor, null, null));
    }

    private static UUID uuid(String eventId) {
        try {
            return UUID.fromString(eventId);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("eventId", "must be an event id such as 3f2b…-…, as listed by /events/parked");
        }
    }
}
