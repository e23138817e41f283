package io.orderflow.masterdata.internal;

import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.CustomerService;
import io.orderflow.masterdata.api.Region;
import io.orderflow.masterdata.api.RegionService;
import io.orderflow.masterdata.internal.domain.MasterDataRules;
import io.orderflow.masterdata.internal.jpa.CustomerEntity;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CustomerService.class)
public final class CustomerServiceImpl implements CustomerService {

    private final MasterDataTable<String, Customer, CustomerEntity> customers;
    private final RegionService regions;

    @Activate
    public CustomerServiceImpl(@Reference(target = MasterDataDatabase.UNIT) JpaTemplate jpa,
                               @Reference SchemaMigrations migrations, @Reference AuditTrail audit,
                               @Reference RegionService regions, @Reference BusinessClock clock) {
        this.customers = new MasterDataTable<>(new MasterDataDatabase(jpa, migrations), audit, clock,
                CustomerEntity.class, CustomerEntity::new, Roles.SALES_MANAGER, "CUSTOMER", "id");
        this.regions = regions;
    }

    @Override
    public Customer save(Customer customer, Actor actor) {
        MasterDataRules.check(customer, regions.list().stream().map(Region::code).collect(Collectors.toSet()));
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
