package io.orderflow.salesorder.internal;

import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.salesorder.api.Customer;
import io.orderflow.salesorder.api.CustomerService;
import io.orderflow.salesorder.internal.domain.MasterDataRules;
import io.orderflow.salesorder.internal.jpa.CustomerEntity;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CustomerService.class)
public final class CustomerServiceImpl implements CustomerService {

    private final SalesOrderDatabase db;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public CustomerServiceImpl(@Reference SalesOrderDatabase db, @Reference AuditTrail audit) {
        this.db = db;
        this.audit = audit;
    }

    @Override
    public Customer save(Customer customer, Actor actor) {
        MasterDataRules.check(customer);
        return db.tx(em -> {
            CustomerEntity entity = SalesOrderDatabase.findOrCreate(em, CustomerEntity.class, customer.id(), CustomerEntity::new);
            entity.update(customer);
            em.flush();
            audit.record(SalesOrderDatabase.connection(em), new AuditRecord(clock.instant(), actor.name(),
                    actor.actingRole(Roles.SALES_MANAGER), "CUSTOMER_SAVED", customer.id(), null,
                    customer.name() + ", region " + customer.region() + ", terms " + customer.paymentTerms()
                            + ", credit limit " + customer.creditLimit()));
            return entity.toRecord();
        });
    }

    @Override
    public Optional<Customer> find(String id) {
        return db.tx(em -> Optional.ofNullable(em.find(CustomerEntity.class, id)).map(CustomerEntity::toRecord));
    }

    @Override
    public List<Customer> list() {
        return db.tx(em -> em.createQuery("select c from CustomerEntity c order by c.id", CustomerEntity.class)
                .getResultList().stream().map(CustomerEntity::toRecord).toList());
    }
}
