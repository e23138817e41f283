package io.orderflow.salesorder.internal.rest;

import io.orderflow.platform.api.text.FreeText;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.salesorder.api.DelayNotice;
import io.orderflow.salesorder.api.DelayNoticeService;
import java.time.LocalDate;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** The customer was told of a delay. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class DelayNoticeResource {

    /** {@code {"newDate": "2026-12-20", "compensation": "5 % discount"}}; both optional. */
    public record Notice(LocalDate newDate, @FreeText String compensation) {
    }

    private final DelayNoticeService notices;

    DelayNoticeResource(DelayNoticeService notices) {
        this.notices = notices;
    }

    /** 201 with the notice. */
    @POST
    @Path("/orders/{number}/delay-notices")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_ASSISTANT})
    public Response notifyCustomer(@PathParam("number") String number, Notice notice, @Context Actor actor) {
        DelayNotice recorded = notices.notifyCustomer(number, notice == null ? null : notice.newDate(),
                notice == null ? null : notice.compensation(), actor);
        return Response.status(201).entity(recorded).build();
    }
}
