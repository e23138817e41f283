package io.orderflow.platform.internal.security;

import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import java.util.HashSet;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Who an authenticated user acts as (REST and shell alike): their Orderflow roles; {@code admin} administers but
 * decides no business step (a review, an approval, warehouse or production work) unless configured to act in every
 * business role.
 */
@Component(service = ActorRules.class, configurationPid = "orderflow.platform.security")
@Designate(ocd = ActorRules.Config.class)
public final class ActorRules {

    @ObjectClassDefinition(name = "Orderflow actors", description = "What the admin role may do in the business")
    public @interface Config {
        @AttributeDefinition(description = "Let admin decide business steps (reviews, approvals, warehouse and"
                + " production work) as if it held every business role; off, those take the business role itself")
        boolean adminActsInBusinessRoles() default false;
    }

    private volatile boolean adminActsInBusinessRoles;

    @Activate
    public ActorRules(Config config) {
        modified(config);
    }

    @Modified
    void modified(Config config) {
        adminActsInBusinessRoles = config.adminActsInBusinessRoles();
    }

    /** The actor for a user holding {@code roles} (any roles: those Orderflow does not know are left out). */
    public Actor actor(String name, Set<String> roles) {
        Set<String> known = new HashSet<>();
        roles.stream().filter(Roles::isKnown).forEach(known::add);
        if (adminActsInBusinessRoles && known.contains(Roles.ADMIN)) {
            known.addAll(Roles.BUSINESS);
        }
        return new Actor(name, known);
    }
}
