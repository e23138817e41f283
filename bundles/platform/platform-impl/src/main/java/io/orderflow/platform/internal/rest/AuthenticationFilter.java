package io.orderflow.platform.internal.rest;

import java.lang.reflect.Method;
import javax.annotation.Priority;
import javax.annotation.security.PermitAll;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import org.apache.cxf.jaxrs.security.JAASAuthenticationFilter;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;

/**
 * HTTP Basic against the Karaf JAAS realm, through CXF's own JAAS filter. CXF's filter runs before matching and
 * cannot see {@code @PermitAll}; this one runs after matching and lets permitted methods (health) through.
 */
@Priority(Priorities.AUTHENTICATION)
final class AuthenticationFilter implements ContainerRequestFilter {

    private final JAASAuthenticationFilter jaas = new JAASAuthenticationFilter();

    @Context
    private ResourceInfo resource;

    AuthenticationFilter() {
        jaas.setContextName("karaf");
        jaas.setRealmName("orderflow");
        jaas.setRoleClassifier(RolePrincipal.class.getName());
        jaas.setRoleClassifierType("classname");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!isPermitAll(resource.getResourceMethod(), resource.getResourceClass())) {
            jaas.filter(request);
        }
    }

    static boolean isPermitAll(Method method, Class<?> type) {
        return method.isAnnotationPresent(PermitAll.class) || type.isAnnotationPresent(PermitAll.class);
    }
}
