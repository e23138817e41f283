package io.orderflow.warehouse.internal.rest;

import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.warehouse.api.AvailableToPromiseService;
import io.orderflow.warehouse.api.ExpectedReceipt;
import io.orderflow.warehouse.api.PromiseFigure;
import io.orderflow.warehouse.api.ReceiptNotice;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** Available-to-promise and the receipts it counts on. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class PromiseResource {

    private final AvailableToPromiseService promise;

    PromiseResource(AvailableToPromiseService promise) {
        this.promise = promise;
    }

    /** {@code ?product=LED-LAMP[&warehouse=WH-SOUTH][&date=2026-12-01]}; the date defaults to today. */
    @GET
    @Path("/available-to-promise")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public PromiseFigure availableToPromise(@QueryParam("product") String product,
                                            @QueryParam("warehouse") String warehouse,
                                            @QueryParam("date") String date) {
        return promise.availableToPromise(product, warehouse, date(date));
    }

    private static LocalDate date(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("date", "must be a date like 2026-12-01");
        }
    }

    @GET
    @Path("/expected-receipts")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<ExpectedReceipt> expectedReceipts(@QueryParam("product") String product) {
        return promise.expectedReceipts(product);
    }

    /** 201 with the expected receipt. */
    @POST
    @Path("/expected-receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.WAREHOUSE, Roles.PURCHASING, Roles.PRODUCTION_PLANNER})
    public Response expectReceipt(ReceiptNotice notice, @Context Actor actor) {
        return Response.status(201).entity(promise.expectReceipt(notice, actor)).build();
    }
}
