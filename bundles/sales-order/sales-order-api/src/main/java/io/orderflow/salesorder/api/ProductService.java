package io.orderflow.salesorder.api;

import io.orderflow.platform.api.security.Actor;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Products and their price list as master data. */
@ProviderType
public interface ProductService {

    /**
     * Creates or replaces a product, audited.
     *
     * @throws io.orderflow.platform.api.error.ValidationException listing every problem
     */
    Product save(Product product, Actor actor);

    Optional<Product> find(String code);

    /** All products, by code. */
    List<Product> list();
}
