package io.orderflow.masterdata.api;

import io.orderflow.platform.api.security.Actor;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Customers as master data: read by every department, written by the sales manager. */
@ProviderType
public interface CustomerService {

    /**
     * Creates or replaces a customer, audited.
     *
     * @throws io.orderflow.platform.api.error.ValidationException listing every problem
     * @throws io.orderflow.platform.api.error.ForbiddenException when the actor may not change master data
     */
    Customer save(Customer customer, Actor actor);

    /** The customer with this id, if there is one. */
    Optional<Customer> find(String id);

    /** All customers, by id. */
    List<Customer> list();
}
