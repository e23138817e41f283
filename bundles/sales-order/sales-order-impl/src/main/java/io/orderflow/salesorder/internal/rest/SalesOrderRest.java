package io.orderflow.salesorder.internal.rest;

import io.orderflow.platform.api.rest.RestPublisher;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.salesorder.api.DelayNoticeService;
import io.orderflow.salesorder.api.FollowUpService;
import io.orderflow.salesorder.api.OrderChangeService;
import io.orderflow.salesorder.api.OrderImportService;
import io.orderflow.salesorder.api.OrderLifecycleService;
import io.orderflow.salesorder.api.OrderReviewService;
import io.orderflow.salesorder.api.SalesOrderService;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Publishes the sales department's REST resources under {@code /api/sales-order}. */
@Component(service = {})
public final class SalesOrderRest {

    private final RestPublisher.Publication publication;

    @Activate
    public SalesOrderRest(@Reference RestPublisher rest, @Reference SalesOrderService orders,
                          @Reference OrderReviewService review, @Reference OrderLifecycleService lifecycle, @Reference OrderChangeService changes,
                          @Reference OrderImportService imports, @Reference FollowUpService followUp,
                          @Reference DelayNoticeService delayNotices, @Reference BusinessClock clock) {
        publication = rest.publish("/sales-order", List.of(new OrderResource(orders, imports),
                new ReviewResource(review), new LifecycleResource(lifecycle), new ChangeResource(changes), new FollowUpResource(followUp, clock),
                new DelayNoticeResource(delayNotices)));
    }

    @Deactivate
    void withdraw() {
        publication.close();
    }
}
