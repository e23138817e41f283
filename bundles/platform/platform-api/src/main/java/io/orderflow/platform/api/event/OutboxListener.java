package io.orderflow.platform.api.event;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told that an event was just appended, so that delivery need not wait for the next poll. It is a hint, not a
 * guarantee: the event becomes visible when the appending transaction commits, and it may roll back. Registered as
 * an OSGi service (whiteboard); it is called in the appending thread and must return at once.
 */
@ConsumerType
public interface OutboxListener {

    void appended(DomainEvent event);
}
