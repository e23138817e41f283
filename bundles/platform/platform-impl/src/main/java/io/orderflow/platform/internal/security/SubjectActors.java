package io.orderflow.platform.internal.security;

import io.orderflow.platform.api.security.Actor;
import java.security.Principal;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/** Reads an {@link Actor} from a Karaf JAAS subject: its user principal and its roles. */
final class SubjectActors {

    private SubjectActors() {
    }

    /** The actor of the subject, or null when the subject carries no Karaf user. */
    static Actor of(Subject subject, ActorRules rules) {
        if (subject == null) {
            return null;
        }
        String name = subject.getPrincipals(UserPrincipal.class).stream().map(Principal::getName).findFirst().orElse(null);
        return name == null ? null : rules.actor(name, subject.getPrincipals(RolePrincipal.class).stream()
                .map(Principal::getName).collect(Collectors.toSet()));
    }
}
