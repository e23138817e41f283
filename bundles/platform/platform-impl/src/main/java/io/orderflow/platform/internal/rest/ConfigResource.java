package io.orderflow.platform.internal.rest;

import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.text.FreeText;
import io.orderflow.platform.internal.config.ConfigurationAudit;
import java.io.IOException;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

/**
 * {@code /api/platform/config/{pid}}: read and change Orderflow configurations at run time (admin only, as no
 * business role is named). Every change takes a reason and lands in the audit trail with it and the caller.
 */
@Path("/config/{pid}")
public final class ConfigResource {

    private final ConfigurationAudit configurations;

    ConfigResource(ConfigurationAudit configurations) {
        this.configurations = configurations;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> read(@PathParam("pid") String pid) {
        return configurations.read(pid);
    }

    /** A change: the properties to set, and why (kept in the audit trail). */
    public record Change(Map<String, String> settings, @FreeText String reason) {
    }

    /** Sets the given properties, leaving the others as they are. */
    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> update(@PathParam("pid") String pid, Change change, @Context Actor actor)
            throws IOException {
        return configurations.update(actor, pid, change == null || change.settings() == null ? Map.of()
                : change.settings(), change == null ? null : change.reason());
    }
}
