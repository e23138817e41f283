package io.orderflow.routes.carrier.internal.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.routes.carrier.internal.profile.CarrierProfile;
import io.orderflow.routes.carrier.internal.signature.WebhookHeaders;
import io.orderflow.routes.carrier.internal.signature.Verdict;
import io.orderflow.routes.carrier.internal.store.Receipts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/carrier/webhooks/{carrier}}: what a carrier can rely on (camel-routes/carrier/README.md). Only the
 * size and the content type are looked at before the signature, which is verified over the raw bytes; the body is
 * kept, durable, before the answer says so, and read only afterwards, by the route.
 * <ul>
 * <li>202 kept; 200 an event id kept before (a replay: nothing changes);</li>
 * <li>401 a signature missing, wrong or stale (nothing changes); 404 no such carrier; 410 a carrier switched off;</li>
 * <li>413 a body above the limit; 415 a content type its format does not take; 503 with Retry-After while webhooks
 * cannot be kept.</li>
 * </ul>
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class WebhookResource {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookResource.class);
    /** The headers worth keeping with a body: its type and what its signature and id travel in. Never credentials. */
    private static final List<String> KEPT_HEADERS = List.of("content-type", "webhook-id", "webhook-timestamp",
            "webhook-signature", "x-hmac-signature", "user-agent");

    private static final ObjectMapper ANSWERS = new ObjectMapper();

    private final Function<String, Optional<CarrierProfile>> profiles;
    private final Receipts receipts;
    private final BusinessClock clock;
    private final int maxBodyBytes;
    private final int retryAfterSeconds;
    private final WebhooksInFlight inFlight;

    public WebhookResource(Function<String, Optional<CarrierProfile>> profiles, Receipts receipts, BusinessClock clock,
                           int maxBodyBytes, int retryAfterSeconds, WebhooksInFlight inFlight) {
        this.inFlight = inFlight;
        this.profiles = profiles;
        this.receipts = receipts;
        this.clock = clock;
        this.maxBodyBytes = maxBodyBytes;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @POST
    @Path("/{carrier}")
    @Consumes(MediaType.WILDCARD)
    public Response receive(@PathParam("carrier") String carrier, @QueryParam("token") String token,
                            @Context HttpHeaders headers, InputStream body) throws IOException {
        inFlight.enter();
        try {
            return verifyAndKeep(carrier, token, headers, body);
        } finally {
            inFlight.leave();
        }
    }

    private Response verifyAndKeep(String carrier, String token, HttpHeaders headers, InputStream body)
            throws IOException {
        Optional<CarrierProfile> found = profiles.apply(carrier);
        if (found.isEmpty()) {
            return answer(404, "not-found", "no carrier " + (carrier.matches("[a-z0-9-]{1,35}") ? carrier : "by that"
                    + " name") + " sends webhooks here");
        }
        CarrierProfile profile = found.get();
        if (!profile.enabled()) {
            return answer(410, "gone", "webhooks of " + carrier + " are switched off");
        }
        String length = headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBodyBytes) {
            return tooLarge();
        }
        MediaType type = headers.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || !utf8(type)) {
            return answer(415, "unsupported-media-type", "a " + profile.format() + " webhook is application/json"
                    + " in UTF-8");
        }
        byte[] raw = read(body);
        if (raw == null) {
            return tooLarge();
        }
        Map<String, List<String>> received = headers.getRequestHeaders();
        Instant now = clock.now();
        Verdict verdict = profile.signatureCheck().verify(WebhookHeaders.of(received), raw, token, now);
        if (!verdict.isValid()) {
            LOG.warn("Webhook of {} refused: {}", carrier, verdict.reason());
            return answer(401, "unauthorized", "the webhook's signature does not verify: " + verdict.reason());
        }
        if (verdict.eventId() != null && verdict.eventId().length() > 200) {
            return answer(400, "bad-request", "a webhook-id is at most 200 characters");
        }
        try {
            Receipts.Kept kept = receipts.keep(carrier, verdict.eventId(), now, type.toString(),
                    keptHeaders(received, profile), raw);
            // written whole, with its length: the answer then leaves in one write, not streamed and then ended
            return Response.status(kept.replay() ? 200 : 202).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ANSWERS.writeValueAsBytes(Map.of("receipt", kept.id(), "replay", kept.replay()))).build();
        } catch (RuntimeException unavailable) {
            LOG.error("Webhook of {} could not be kept; the carrier is asked to send it again", carrier, unavailable);
            return Response.status(503).header("Retry-After", retryAfterSeconds).entity(Map.of("error",
                    "unavailable", "message", "the webhook could not be kept; send it again")).build();
        }
    }

    /** The body, or null when it is larger than the limit: never more than the limit is held in memory. */
    private byte[] read(InputStream body) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = body.read(buffer)) > 0; ) {
            if (raw.size() + n > maxBodyBytes) {
                return null;
            }
            raw.write(buffer, 0, n);
        }
        return raw.toByteArray();
    }

    private static boolean utf8(MediaType type) {
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return charset == null || charset.equalsIgnoreCase("UTF-8");
    }

    private static String keptHeaders(Map<String, List<String>> received, CarrierProfile profile) {
        Map<String, String> kept = new TreeMap<>();
        received.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (KEPT_HEADERS.contains(lower) || lower.equals(profile.signatureHeaderName())) {
                kept.put(lower, String.join(", ", values));
            }
        });
        StringBuilder text = new StringBuilder();
        kept.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
        return text.length() > 4000 ? text.substring(0, 4000) : text.toString();
    }

    private Response tooLarge() {
        return answer(413, "payload-too-large", "a webhook body is at most " + maxBodyBytes + " bytes");
    }

    private static Response answer(int status, String error, String message) {
        return Response.status(status).entity(Map.of("error", error, "message", message)).build();
    }
}
