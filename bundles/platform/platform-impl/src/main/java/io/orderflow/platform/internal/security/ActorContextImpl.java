package io.orderflow.platform.internal.security;

import io.orderflow.platform.api.error.ForbiddenException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.ActorContext;
import java.security.AccessController;
import javax.security.auth.Subject;
import org.osgi.service.component.annotations.Component;

/** The Karaf shell runs each session's commands inside {@code Subject.doAs}, so the subject is on the stack. */
@Component(service = ActorContext.class)
public final class ActorContextImpl implements ActorContext {

    @Override
    @SuppressWarnings("removal") // Subject.current() needs Java 18; Karaf 4.4 itself still uses this call
    public Actor current() {
        Actor actor = SubjectActors.of(Subject.getSubject(AccessController.getContext()));
        if (actor == null) {
            throw new ForbiddenException("no authenticated user in this context");
        }
        return actor;
    }
}
