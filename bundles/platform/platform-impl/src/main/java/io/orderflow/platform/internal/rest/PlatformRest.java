package io.orderflow.platform.internal.rest;

import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.rest.RestPublisher;
import io.orderflow.platform.internal.config.ConfigurationAudit;
import io.orderflow.platform.internal.event.EventBook;
import io.orderflow.platform.internal.health.HealthCheck;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Publishes the platform's own endpoints under {@code /api/platform}. */
@Component(service = {})
public final class PlatformRest {

    private final RestPublisher.Publication publication;

    @Activate
    public PlatformRest(@Reference RestPublisher rest, @Reference HealthCheck health, @Reference AuditTrail audit,
                        @Reference ConfigurationAudit configurations, @Reference EventBook events) {
        publication = rest.publish("/platform", List.of(new HealthResource(health), new AuditResource(audit),
                new ConfigResource(configurations), new EventsResource(events)));
    }

    @Deactivate
    void withdraw() {
        publication.close();
    }
}
