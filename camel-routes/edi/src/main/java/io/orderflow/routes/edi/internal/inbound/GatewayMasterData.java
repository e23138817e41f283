package io.orderflow.routes.edi.internal.inbound;

import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.CustomerService;
import io.orderflow.masterdata.api.ItemIdKind;
import io.orderflow.masterdata.api.PartnerItem;
import io.orderflow.masterdata.api.PartnerLocation;
import io.orderflow.masterdata.api.PartnerMappingService;
import io.orderflow.masterdata.api.Product;
import io.orderflow.masterdata.api.ProductService;
import io.orderflow.routes.edi.internal.mapping.MasterData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** Master data's services and the business date, as the mapping looks them up. */
public record GatewayMasterData(ProductService products, CustomerService customers, PartnerMappingService partners,
                                Clock clock) implements MasterData {

    @Override
    public Optional<Product> product(String code) {
        return products.find(code);
    }

    @Override
    public Optional<Customer> customer(String id) {
        return id == null ? Optional.empty() : customers.find(id);
    }

    @Override
    public Optional<PartnerItem> item(String partner, ItemIdKind kind, String number) {
        return partners.item(partner, kind, number);
    }

    @Override
    public Optional<PartnerLocation> location(String partner, String code) {
        return partners.location(partner, code);
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
