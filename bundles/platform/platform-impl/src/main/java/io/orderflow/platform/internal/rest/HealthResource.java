package io.orderflow.platform.internal.rest;

import io.orderflow.platform.internal.health.HealthCheck;
import java.util.Map;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** {@code GET /api/platform/health}: no credentials, and nothing revealed beyond UP or DOWN. */
@Path("/health")
@PermitAll
public final class HealthResource {

    private final HealthCheck health;

    HealthResource(HealthCheck health) {
        this.health = health;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean up = health.isUp();
        return Response.status(up ? 200 : 503).entity(Map.of("status", up ? "UP" : "DOWN")).build();
    }
}
