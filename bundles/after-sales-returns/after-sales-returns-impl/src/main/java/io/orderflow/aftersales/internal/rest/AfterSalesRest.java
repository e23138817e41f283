package io.orderflow.aftersales.internal.rest;

import io.orderflow.aftersales.api.DefectService;
import io.orderflow.aftersales.api.ReturnService;
import io.orderflow.platform.api.rest.RestPublisher;
import io.orderflow.platform.api.time.BusinessClock;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Publishes after-sales' REST resources under {@code /api/after-sales}. */
@Component(service = {})
public final class AfterSalesRest {

    private final RestPublisher.Publication publication;

    @Activate
    public AfterSalesRest(@Reference RestPublisher rest, @Reference ReturnService returns,
                          @Reference DefectService defects, @Reference BusinessClock clock) {
        publication = rest.publish("/after-sales", List.of(new ReturnResource(returns),
                new DefectResource(defects, clock)));
    }

    @Deactivate
    void withdraw() {
        publication.close();
    }
}
