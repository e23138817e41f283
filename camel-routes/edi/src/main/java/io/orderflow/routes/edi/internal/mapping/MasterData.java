package io.orderflow.routes.edi.internal.mapping;

import io.orderflow.masterdata.api.Product;
import java.time.LocalDate;
import java.util.Optional;

/** What the mapping looks up for the fields partners leave out. */
public interface MasterData {

    Optional<Product> product(String code);

    LocalDate today();
}
