package io.orderflow.platform.internal.rest;

import io.orderflow.platform.internal.files.Utf8;
import io.orderflow.platform.internal.login.PasswordLogins;
import java.lang.reflect.Method;
import java.util.Base64;
import javax.annotation.Priority;
import javax.annotation.security.PermitAll;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import org.apache.cxf.interceptor.security.RolePrefixSecurityContextImpl;
import org.apache.cxf.jaxrs.utils.JAXRSUtils;
import org.apache.cxf.message.Message;
import org.apache.cxf.security.SecurityContext;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;

/**
 * HTTP Basic against the Karaf JAAS realm through {@link PasswordLogins} (failed-login delay, lockout, records, the
 * verified-credential cache). It runs after matching, so that {@code @PermitAll} methods (health) need no login.
 */
@Priority(Priorities.AUTHENTICATION)
final class AuthenticationFilter implements ContainerRequestFilter {

    private static final String CHALLENGE = "Basic realm=\"orderflow\", charset=\"UTF-8\"";

    private final PasswordLogins logins;

    @Context
    private ResourceInfo resource;

    AuthenticationFilter(PasswordLogins logins) {
        this.logins = logins;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (isPermitAll(resource.getResourceMethod(), resource.getResourceClass())) {
            return;
        }
        String[] credentials = basicCredentials(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (credentials == null) {
            request.abortWith(unauthorized("this call needs HTTP Basic credentials"));
            return;
        }
        Message message = JAXRSUtils.getCurrentMessage();
        HttpServletRequest http = (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST);
        PasswordLogins.Result login = logins.login(credentials[0], credentials[1], http.getRemoteAddr());
        if (login.admitted()) {
            message.put(SecurityContext.class, new RolePrefixSecurityContextImpl(login.subject(),
                    RolePrincipal.class.getName(), "classname"));
        } else {
            request.abortWith(unauthorized(login.refusal()));
        }
    }

    /** User name and password of an HTTP Basic header, or null when there is none or it is malformed. */
    static String[] basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            byte[] decoded = Base64.getDecoder().decode(header.substring(6).strip());
            String pair = Utf8.decode(decoded);
            int colon = pair.indexOf(':');
            return colon <= 0 ? null : new String[] {pair.substring(0, colon), pair.substring(colon + 1)};
        } catch (IllegalArgumentException | Utf8.NotUtf8Exception e) {
            return null;
        }
    }

    private static Response unauthorized(String message) {
        return ErrorMapper.errorResponse(401, "unauthorized", message).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .build();
    }

    static boolean isPermitAll(Method method, Class<?> type) {
        return method.isAnnotationPresent(PermitAll.class) || type.isAnnotationPresent(PermitAll.class);
    }
}
