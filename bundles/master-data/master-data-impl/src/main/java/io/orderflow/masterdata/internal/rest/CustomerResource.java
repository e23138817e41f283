package io.orderflow.masterdata.internal.rest;

import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.CustomerService;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** {@code /api/master-data/customers}: read by staff, written by sales managers. */
@Path("/customers")
@Produces(MediaType.APPLICATION_JSON)
public final class CustomerResource {

    private final CustomerService customers;

    CustomerResource(CustomerService customers) {
        this.customers = customers;
    }

    @GET
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<Customer> list() {
        return customers.list();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public Customer get(@PathParam("id") String id) {
        return customers.find(id).orElseThrow(() -> new NotFoundException("no customer " + id));
    }

    /** Creates (201) or replaces (200) the customer with the body's id. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SALES_MANAGER)
    public Response save(Customer customer, @Context Actor actor) {
        boolean exists = customer != null && customer.id() != null && customers.find(customer.id()).isPresent();
        Customer saved = customers.save(customer == null ? MasterDataBodies.EMPTY_CUSTOMER : customer, actor);
        return Response.status(exists ? 200 : 201).entity(saved).build();
    }
}
