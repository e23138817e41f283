package io.orderflow.platform.api.security;

import org.osgi.annotation.versioning.ProviderType;

/** Tells who is acting in the current JAAS context: a Karaf shell session, or code run with {@code Subject.doAs}. */
@ProviderType
public interface ActorContext {

    /**
     * The authenticated user of the current context with the Orderflow roles they hold.
     *
     * @throws io.orderflow.platform.api.error.ForbiddenException when no user is authenticated here
     */
    Actor current();
}
