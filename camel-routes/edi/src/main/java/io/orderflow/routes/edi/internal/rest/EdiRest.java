package io.orderflow.routes.edi.internal.rest;

import io.orderflow.masterdata.api.PartnerMappingService;
import io.orderflow.platform.api.rest.RestPublisher;
import io.orderflow.routes.edi.internal.gateway.EdiGateway;
import io.orderflow.routes.edi.internal.ledger.LedgerViews;
import io.orderflow.routes.edi.internal.ledger.UnmatchedStatuses;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Publishes the EDI gateway's REST resources under {@code /api/edi}. */
@Component(service = {})
public final class EdiRest {

    private final RestPublisher.Publication publication;

    @Activate
    public EdiRest(@Reference RestPublisher rest, @Reference EdiGateway gateway, @Reference LedgerViews views,
                   @Reference PartnerMappingService partnerTables, @Reference UnmatchedStatuses unmatched) {
        publication = rest.publish("/edi", List.of(new EdiResource(gateway, views, partnerTables, unmatched)));
    }

    @Deactivate
    void withdraw() {
        publication.close();
    }
}
