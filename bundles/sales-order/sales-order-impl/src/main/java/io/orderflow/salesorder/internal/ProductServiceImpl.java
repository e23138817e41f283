package io.orderflow.salesorder.internal;

import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.salesorder.api.Product;
import io.orderflow.salesorder.api.ProductService;
import io.orderflow.salesorder.internal.domain.MasterDataRules;
import io.orderflow.salesorder.internal.jpa.ProductEntity;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ProductService.class)
public final class ProductServiceImpl implements ProductService {

    private final SalesOrderDatabase db;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public ProductServiceImpl(@Reference SalesOrderDatabase db, @Reference AuditTrail audit) {
        this.db = db;
        this.audit = audit;
    }

    @Override
    public Product save(Product product, Actor actor) {
        MasterDataRules.check(product);
        return db.tx(em -> {
            ProductEntity entity = SalesOrderDatabase.findOrCreate(em, ProductEntity.class, product.code(), ProductEntity::new);
            entity.update(product);
            em.flush();
            audit.record(SalesOrderDatabase.connection(em), new AuditRecord(clock.instant(), actor.name(),
                    actor.actingRole(Roles.SALES_MANAGER), "PRODUCT_SAVED", product.code(), null,
                    product.name() + ", list price " + product.listPrice() + " per " + product.unit()
                            + ", lead time " + product.minLeadTimeDays() + " days"));
            return entity.toRecord();
        });
    }

    @Override
    public Optional<Product> find(String code) {
        return db.tx(em -> Optional.ofNullable(em.find(ProductEntity.class, code)).map(ProductEntity::toRecord));
    }

    @Override
    public List<Product> list() {
        return db.tx(em -> em.createQuery("select p from ProductEntity p order by p.code", ProductEntity.class)
                .getResultList().stream().map(ProductEntity::toRecord).toList());
    }
}
