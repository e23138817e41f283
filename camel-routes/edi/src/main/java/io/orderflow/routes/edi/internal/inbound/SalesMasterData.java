package io.orderflow.routes.edi.internal.inbound;

import io.orderflow.routes.edi.internal.mapping.MasterData;
import io.orderflow.salesorder.api.Product;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** Sales' price list and today's date, for the fields partners leave out. */
public record SalesMasterData(SalesLink sales, Clock clock) implements MasterData {

    @Override
    public Optional<Product> product(String code) {
        return sales.products().find(code);
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
