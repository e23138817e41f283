package io.orderflow.salesorder.internal.rest;

import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.salesorder.api.Channel;
import io.orderflow.salesorder.api.ImportReport;
import io.orderflow.salesorder.api.IntakeResult;
import io.orderflow.salesorder.api.OrderDraft;
import io.orderflow.salesorder.api.OrderImportService;
import io.orderflow.salesorder.api.OrderQuery;
import io.orderflow.salesorder.api.OrderStatus;
import io.orderflow.salesorder.api.Page;
import io.orderflow.salesorder.api.SalesOrder;
import io.orderflow.salesorder.api.SalesOrderNotFoundException;
import io.orderflow.salesorder.api.SalesOrderService;
import io.orderflow.salesorder.api.TimelineEntry;
import java.io.Reader;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/**
 * {@code /api/sales-order/orders}: intake and follow-up of sales orders. The order resources share the root path
 * "/" and spell out their full paths, so that JAX-RS picks among all their methods: with distinct roots such as
 * "/orders" and "/orders/{number}/decisions" it would choose one class first and answer 404 from it.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class OrderResource {

    private final SalesOrderService orders;
    private final OrderImportService imports;

    OrderResource(SalesOrderService orders, OrderImportService imports) {
        this.orders = orders;
        this.imports = imports;
    }

    /** 201 with the new order; 200 with the existing one when the customer's PO number is already known. */
    @POST
    @Path("/orders")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_ASSISTANT})
    public Response create(OrderDraft draft, @Context Actor actor, @Context UriInfo uri) {
        if (draft == null) {
            throw new ValidationException("body", "an order is required");
        }
        IntakeResult result = orders.create(draft, Channel.REST, actor);
        if (!result.created()) {
            return Response.ok(result.order()).build();
        }
        URI location = uri.getAbsolutePathBuilder().path(result.order().number()).build();
        return Response.created(location).entity(result.order()).build();
    }

    /**
     * Bulk intake of a CSV file ({@link OrderImportService} names the columns): 200 with a report of every row, also
     * when some orders were refused; 400 when the file as a whole is unreadable.
     */
    @POST
    @Path("/orders/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.SALES_REP, Roles.SALES_ASSISTANT})
    public ImportReport importCsv(Reader csv, @Context Actor actor) {
        return imports.importCsv(csv, actor);
    }

    @GET
    @Path("/orders/{number}")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public SalesOrder get(@PathParam("number") String number) {
        return orders.find(number).orElseThrow(() -> new SalesOrderNotFoundException(number));
    }

    /** The order's timeline: {@code [{eventId, type, occurredAt, summary}]}, oldest first. */
    @GET
    @Path("/orders/{number}/timeline")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<TimelineEntry> timeline(@PathParam("number") String number) {
        return orders.timeline(number);
    }

    @GET
    @Path("/orders")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public Page<SalesOrder> list(@QueryParam("status") String status, @QueryParam("customer") String customer,
                                 @QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("size") @DefaultValue("20") int size) {
        OrderStatus statusFilter = null;
        if (status != null && !status.isBlank()) {
            try {
                statusFilter = OrderStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw new ValidationException("status", "must be one of " + Arrays.toString(OrderStatus.values()));
            }
        }
        if (page < 0) {
            throw new ValidationException("page", "must be 0 or more");
        }
        if (size < 1 || size > OrderQuery.MAX_SIZE) {
            throw new ValidationException("size", "must be between 1 and " + OrderQuery.MAX_SIZE);
        }
        return orders.list(new OrderQuery(statusFilter, customer == null || customer.isBlank() ? null : customer, page, size));
    }
}
