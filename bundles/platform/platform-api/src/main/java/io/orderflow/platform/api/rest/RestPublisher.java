package io.orderflow.platform.api.rest;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Publishes JAX-RS resources under {@code /api<address>} the same way for every department:
 * <ul>
 * <li>HTTP Basic authentication against the Karaf JAAS realm; 401 without valid credentials, except on methods or
 * classes annotated {@code @PermitAll};</li>
 * <li>{@code @RolesAllowed} is enforced (403 otherwise); the {@code admin} role passes every check; a resource
 * method without {@code @RolesAllowed} or {@code @PermitAll} is closed to everyone but admin;
 * {@code Roles.ANY_BUSINESS_ROLE} admits any business role;</li>
 * <li>JSON through Jackson: dates as ISO-8601 strings, {@code Money} as {@code {"amount":"25.00","currency":"CNY"}}
 * with the amount a string, {@code ProductCode} and {@code CustomerRef} as plain strings;</li>
 * <li>{@code ValidationException} becomes 400 with {@code {"problems":[{field,problem}]}}, {@code NotFoundException}
 * 404, {@code ConflictException} 409, {@code ForbiddenException} 403, anything else 500 without internals;</li>
 * <li>a resource method parameter {@code @Context Actor actor} receives the caller.</li>
 * </ul>
 */
@ProviderType
public interface RestPublisher {

    /**
     * Publishes the resources at {@code /api<address>}.
     *
     * @param address   e.g. {@code /sales-order}
     * @param resources JAX-RS resource objects (singletons)
     * @return the publication; closing it takes the resources offline
     */
    Publication publish(String address, List<Object> resources);

    /**
     * Publishes resources that other systems call without a user, e.g. carriers' webhooks, which prove who they are by
     * a signature over the raw bytes. No Basic authentication, role check or body hygiene runs before the resource:
     * it reads the body as bytes, checks its size and content type, verifies the signature and only then reads what
     * it holds. The JSON writer, the error mapping and the response headers are those of {@link #publish}.
     *
     * @param address   e.g. {@code /carrier}
     * @param resources JAX-RS resource objects (singletons) that verify every request themselves
     * @return the publication; closing it takes the resources offline
     */
    Publication publishVerifiedByCaller(String address, List<Object> resources);

    /** A published set of resources. */
    interface Publication extends AutoCloseable {
        @Override
        void close();
    }
}
