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
     * For a business step (a decision, a sign-off, warehouse, production or finance work): the first of the roles it
     * takes that this actor holds. {@code admin} holds no business role unless {@code orderflow.platform.security}
     * lets it act in all. The system's own work ({@link #SYSTEM} itself, not any actor of that name) takes no role.
     *
     * @param step  what is being done, for the refusal, e.g. "moving stock"
     * @param roles the roles that may do it
     * @return the role to record with the step; null for {@link #SYSTEM}
     * @throws ForbiddenException naming the step and the roles when this actor holds none of them
     */
    public String requireRole(String step, String... roles) {
        if (this == SYSTEM) {
            return null;
        }
        for (String role : roles) {
            if (holds(role)) {
                return role;
            }
        }
        throw new ForbiddenException(step + " takes the role " + String.join(" or ", roles));
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
