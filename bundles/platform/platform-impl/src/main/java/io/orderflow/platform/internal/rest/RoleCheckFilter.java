package io.orderflow.platform.internal.rest;

import io.orderflow.platform.api.security.Roles;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
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
 * and knows no such superuser, hence this filter. Methods declaring neither annotation are for admin only;
 * {@link Roles#ANY_BUSINESS_ROLE} admits every business role.
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
        List<String> roles = allowed == null ? List.of(Roles.ADMIN) : Arrays.asList(allowed.value());
        if (roles.stream().flatMap(RoleCheckFilter::expand).noneMatch(security::isUserInRole)) {
            request.abortWith(ErrorMapper.error(403, "forbidden", "this call needs one of the roles " + roles));
        }
    }

    private static Stream<String> expand(String role) {
        return Roles.ANY_BUSINESS_ROLE.equals(role) ? Roles.BUSINESS.stream() : Stream.of(role);
    }
}
