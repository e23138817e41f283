package io.orderflow.masterdata.internal;

import io.orderflow.masterdata.api.Product;
import io.orderflow.masterdata.api.ProductService;
import io.orderflow.masterdata.internal.domain.MasterDataRules;
import io.orderflow.masterdata.internal.jpa.ProductEntity;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import java.util.List;
import java.util.Optional;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ProductService.class)
public final class ProductServiceImpl implements ProductService {

    private final MasterDataTable<String, Product, ProductEntity> products;

    @Activate
    public ProductServiceImpl(@Reference(target = MasterDataDatabase.UNIT) JpaTemplate jpa,
                              @Reference SchemaMigrations migrations, @Reference AuditTrail audit,
                              @Reference BusinessClock clock) {
        this.products = new MasterDataTable<>(new MasterDataDatabase(jpa, migrations), audit, clock,
                ProductEntity.class, ProductEntity::new, Roles.SALES_MANAGER, "PRODUCT", "code");
    }

    @Override
    public Product save(Product product, Actor actor) {
        MasterDataRules.check(product);
        return products.save(product.code(), product, actor, product.name() + ", list price " + product.listPrice()
                + " per " + product.unit() + ", lead time " + product.minLeadTimeDays() + " days");
    }

    @Override
    public Optional<Product> find(String code) {
        return products.find(code);
    }

    @Override
    public List<Product> list() {
        return products.list();
    }
}
