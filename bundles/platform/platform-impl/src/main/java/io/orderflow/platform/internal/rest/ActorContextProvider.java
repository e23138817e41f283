package io.orderflow.platform.internal.rest;

import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.internal.security.ActorRules;
import java.security.Principal;
import java.util.HashSet;
import java.util.Set;
import org.apache.cxf.jaxrs.ext.ContextProvider;
import org.apache.cxf.message.Message;
import org.apache.cxf.security.SecurityContext;

/** Lets resource methods declare {@code @Context Actor actor} to receive the authenticated caller. */
final class ActorContextProvider implements ContextProvider<Actor> {

    private final ActorRules rules;

    ActorContextProvider(ActorRules rules) {
        this.rules = rules;
    }

    @Override
    public Actor createContext(Message message) {
        SecurityContext security = message.get(SecurityContext.class);
        Principal user = security == null ? null : security.getUserPrincipal();
        if (user == null) {
            return null;
        }
        Set<String> roles = new HashSet<>();
        for (String role : Roles.BUSINESS) {
            if (security.isUserInRole(role)) {
                roles.add(role);
            }
        }
        if (security.isUserInRole(Roles.ADMIN)) {
            roles.add(Roles.ADMIN);
        }
        return rules.actor(user.getName(), roles);
    }
}
