package io.orderflow.finance.internal.rest;

import io.orderflow.finance.api.Invoice;
import io.orderflow.finance.api.InvoiceService;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Roles;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/** Issued invoices under {@code /api/finance/invoices}. */
@Path("/invoices")
@Produces(MediaType.APPLICATION_JSON)
public final class InvoiceResource {

    private final InvoiceService invoices;

    InvoiceResource(InvoiceService invoices) {
        this.invoices = invoices;
    }

    @GET
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<Invoice> invoices(@QueryParam("order") String order) {
        if (order == null || order.isBlank()) {
            throw new ValidationException("order", "is required: the order whose invoices to list");
        }
        return invoices.invoices(order);
    }

    @GET
    @Path("/{number}")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public Invoice invoice(@PathParam("number") String number) {
        return invoices.invoice(number).orElseThrow(() -> new NotFoundException("no invoice " + number));
    }

    /** The same invoice as a page to print or send; JSON stays the answer to a client that accepts anything. */
    @GET
    @Path("/{number}")
    @Produces("text/html;qs=0.5")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public String printableInvoice(@PathParam("number") String number) {
        return InvoicePage.render(invoice(number));
    }
}
