package io.orderflow.routes.edi.internal.inbound;

import io.orderflow.routes.edi.internal.mapping.MasterData;
import io.orderflow.masterdata.api.Product;
import io.orderflow.masterdata.api.ProductService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** The price list of master data and today's date, for the fields partners leave out. */
public record ProductMasterData(ProductService products, Clock clock) implements MasterData {

    @Override
    public Optional<Product> product(String code) {
        return products.find(code);
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
