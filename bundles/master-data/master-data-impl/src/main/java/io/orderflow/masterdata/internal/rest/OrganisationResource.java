package io.orderflow.masterdata.internal.rest;

import io.orderflow.masterdata.api.OrgMember;
import io.orderflow.masterdata.api.OrganisationService;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** {@code /api/master-data/organisation}: who reports to whom, read by staff and written by admin. */
@Path("/organisation")
@Produces(MediaType.APPLICATION_JSON)
public final class OrganisationResource {

    private final OrganisationService organisation;

    OrganisationResource(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GET
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<OrgMember> list() {
        return organisation.list();
    }

    @GET
    @Path("/{user}")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public OrgMember get(@PathParam("user") String user) {
        return organisation.find(user).orElseThrow(() -> new NotFoundException("no organisation row for " + user));
    }

    /**
     * {@code {"department":"Sales South","manager":"bob"}}: creates (201) or replaces (200) the user's row; the body's
     * {@code user} may be left out and must otherwise be the path's.
     */
    @PUT
    @Path("/{user}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response put(@PathParam("user") String user, OrgMember body, @Context Actor actor) {
        OrgMember member = body == null ? MasterDataBodies.EMPTY_ORG_MEMBER : body;
        if (member.user() != null && !member.user().equals(user)) {
            throw new ValidationException("user", "must be left out or be the user of the path, " + user);
        }
        boolean exists = organisation.find(user).isPresent();
        OrgMember saved = organisation.put(new OrgMember(user, member.department(), member.manager()), actor);
        return Response.status(exists ? 200 : 201).entity(saved).build();
    }
}
