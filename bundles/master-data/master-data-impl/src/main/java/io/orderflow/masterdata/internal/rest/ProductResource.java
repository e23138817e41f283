package io.orderflow.masterdata.internal.rest;

import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.masterdata.api.Product;
import io.orderflow.masterdata.api.ProductService;
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

/** {@code /api/master-data/products}: the product range and price list. */
@Path("/products")
@Produces(MediaType.APPLICATION_JSON)
public final class ProductResource {

    private final ProductService products;

    ProductResource(ProductService products) {
        this.products = products;
    }

    @GET
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<Product> list() {
        return products.list();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public Product get(@PathParam("code") String code) {
        return products.find(code).orElseThrow(() -> new NotFoundException("no product " + code));
    }

    /** Creates (201) or replaces (200) the product with the body's code. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SALES_MANAGER)
    public Response save(Product product, @Context Actor actor) {
        boolean exists = product != null && product.code() != null && products.find(product.code()).isPresent();
        Product saved = products.save(product == null ? MasterDataBodies.EMPTY_PRODUCT : product, actor);
        return Response.status(exists ? 200 : 201).entity(saved).build();
    }
}
