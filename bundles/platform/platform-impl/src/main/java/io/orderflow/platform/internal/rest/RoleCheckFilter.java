package io.orderflow.platform.internal.rest;

import io.orderflow.platform.api.security.Roles;
import java.util.Arrays;
import javax.annotation.Priority;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

/**
 * Enforces {@code @RolesAllowed} (method first, then class) for every resource of every publication, with
 * {@code admin} passing every check. CXF's SecureAnnotationsInterceptor needs one configured object per resource
 * and knows no such superuser, hence this filter. Methods declaring neither annotation are for admin only.
 */
@Priority(Priorities.AUTHORIZATION)
final class RoleCheckFilter implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (AuthenticationFilter.isPermitAll(resource.getResourceMethod(), resource.getResourceClass())) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.isUserInRole(Roles.ADMIN)) {
            return;
        }
        RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        String[] roles = allowed == null ? new String[0] : allowed.value();
        if (Arrays.stream(roles).noneMatch(security::isUserInRole)) {
            request.abortWith(ErrorMapper.error(403, "forbidden",
                    "this call needs one of the roles " + String.join(", ", roles.length == 0 ? new String[] {Roles.ADMIN} : roles)));
        }
    }
}
