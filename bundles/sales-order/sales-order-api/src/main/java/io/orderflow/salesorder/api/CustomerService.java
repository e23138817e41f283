package io.orderflow.salesorder.api;

import io.orderflow.platform.api.security.Actor;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Customers as master data. */
@ProviderType
public interface CustomerService {

    /**
     * Creates or replaces a customer, audited.
     *
     * @throws io.orderflow.platform.api.error.ValidationException listing every problem
     */
    Customer save(Customer customer, Actor actor);

    Optional<Customer> find(String id);

    /** All customers, by id. */
    List<Customer> list();
}
