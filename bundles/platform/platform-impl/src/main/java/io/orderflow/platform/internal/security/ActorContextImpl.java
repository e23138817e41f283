package io.orderflow.platform.internal.security;

import io.orderflow.platform.api.error.ForbiddenException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.ActorContext;
import java.security.AccessController;
import javax.security.auth.Subject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The Karaf shell runs each session's commands inside {@code Subject.doAs}, so the subject is on the stack. */
@Component(service = ActorContext.class)
public final class ActorContextImpl implements ActorContext {

    private final ActorRules rules;

    @Activate
    public ActorContextImpl(@Reference ActorRules rules) {
        this.rules = rules;
    }

    @Override
    @SuppressWarnings("removal") // Subject.current() needs Java 18; Karaf 4.4 itself still uses this call
    public Actor current() {
        Actor actor = SubjectActors.of(Subject.getSubject(AccessController.getContext()), rules);
        if (actor == null) {
            throw new ForbiddenException("no authenticated user in this context");
        }
        return actor;
    }
}
