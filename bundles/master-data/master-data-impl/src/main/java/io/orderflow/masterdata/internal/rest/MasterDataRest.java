package io.orderflow.masterdata.internal.rest;

import io.orderflow.masterdata.api.CustomerService;
import io.orderflow.masterdata.api.MasterDataImportService;
import io.orderflow.masterdata.api.OrganisationService;
import io.orderflow.masterdata.api.PartnerMappingService;
import io.orderflow.masterdata.api.ProductService;
import io.orderflow.masterdata.api.RegionService;
import io.orderflow.platform.api.rest.RestPublisher;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Publishes the master data resources under {@code /api/master-data}. */
@Component(service = {})
public final class MasterDataRest {

    private final RestPublisher.Publication publication;

    @Activate
    public MasterDataRest(@Reference RestPublisher rest, @Reference CustomerService customers,
                          @Reference ProductService products, @Reference RegionService regions,
                          @Reference MasterDataImportService imports, @Reference PartnerMappingService partners,
                          @Reference OrganisationService organisation) {
        publication = rest.publish("/master-data", List.of(new CustomerResource(customers),
                new ProductResource(products), new RegionResource(regions), new PartnerResource(partners),
                new OrganisationResource(organisation), new ImportResource(imports)));
    }

    @Deactivate
    void withdraw() {
        publication.close();
    }
}
