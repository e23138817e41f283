package io.orderflow.salesorder.internal;

import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.salesorder.api.Customer;
import io.orderflow.salesorder.api.CustomerService;
import io.orderflow.salesorder.internal.domain.MasterDataRules;
import io.orderflow.salesorder.internal.jpa.CustomerEntity;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CustomerService.class)
public final class CustomerServiceImpl implements CustomerService {

    private final MasterDataTable<Customer, CustomerEntity> customers;

    @Activate
    public CustomerServiceImpl(@Reference SalesOrderDatabase db, @Reference AuditTrail audit) {
        this.customers = new MasterDataTable<>(db, audit, CustomerEntity.class, "id", CustomerEntity::new, "CUSTOMER_SAVED");
    }

    @Override
    public Customer save(Customer customer, Actor actor) {
        MasterDataRules.check(customer);
        return customers.save(customer.id(), customer, actor, customer.name() + ", region " + customer.region()
                + ", terms " + customer.paymentTerms() + ", credit limit " + customer.creditLimit());
    }

    @Override
    public Optional<Customer> find(String id) {
        return customers.find(id);
    }

    @Override
    public List<Customer> list() {
        return customers.list();
    }
}
