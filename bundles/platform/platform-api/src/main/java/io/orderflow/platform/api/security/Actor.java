package io.orderflow.platform.api.security;

import io.orderflow.platform.api.error.ForbiddenException;
import java.util.Set;

/**
 * The authenticated user an action runs as, with the Orderflow roles they hold.
 *
 * @param name  the login name, never blank
 * @param roles the Orderflow roles held (see {@link Roles}), never null
 */
public record Actor(String name, Set<String> roles) {

    /** The actor for work the system does on its own (demo data, scheduled jobs). */
    public static final Actor SYSTEM = new Actor("system", Set.of());

    /** @throws IllegalArgumentException when the name is blank */
    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("actor name is required");
        }
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean holds(String role) {
        return roles.contains(role);
    }

    /**
     * For a business step (a decision, a sign-off, warehouse or production work): the role it takes, which this actor
     * must hold. {@code admin} holds no business role unless {@code orderflow.platform.security} lets it act in all.
     *
     * @return {@code role}, to be recorded with the step
     * @throws ForbiddenException naming the step and the role when this actor does not hold it
     */
    public String requireRole(String role, String step) {
        if (!holds(role)) {
            throw new ForbiddenException(step + " takes the role " + role);
        }
        return role;
    }

    /**
     * The role to record for an action allowed to {@code allowed}: the first of them this actor holds, else
     * {@link Roles#ADMIN} when held, else null.
     */
    public String actingRole(String... allowed) {
        for (String role : allowed) {
            if (roles.contains(role)) {
                return role;
            }
        }
        return roles.contains(Roles.ADMIN) ? Roles.ADMIN : null;
    }
}
