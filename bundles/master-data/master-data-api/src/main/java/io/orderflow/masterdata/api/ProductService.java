package io.orderflow.masterdata.api;

import io.orderflow.platform.api.security.Actor;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Products as master data: read by every department, written by the sales manager. */
@ProviderType
public interface ProductService {

    /**
     * Creates or replaces a product, audited.
     *
     * @throws io.orderflow.platform.api.error.ValidationException listing every problem
     * @throws io.orderflow.platform.api.error.ForbiddenException when the actor may not change master data
     */
    Product save(Product product, Actor actor);

    /** The product with this code, if there is one. */
    Optional<Product> find(String code);

    /** All products, by code. */
    List<Product> list();
}
