package io.orderflow.platform.testkit;

import io.orderflow.masterdata.api.Product;
import io.orderflow.masterdata.api.ProductService;
import io.orderflow.masterdata.api.Region;
import io.orderflow.masterdata.api.RegionService;
import io.orderflow.platform.api.security.Actor;
import java.util.List;
import java.util.Optional;

/** Master data as a department's persistence test reads it: fixed products and regions; saving is not for them. */
public final class MasterDataStandIns {

    private MasterDataStandIns() {
    }

    /** These products, found by code. */
    public static ProductService products(Product... products) {
        List<Product> all = List.of(products);
        return new ProductService() {
            @Override
            public Product save(Product product, Actor actor) {
                throw new UnsupportedOperationException("a test's master data is fixed");
            }

            @Override
            public Optional<Product> find(String code) {
                return all.stream().filter(p -> p.code().equals(code)).findFirst();
            }

            @Override
            public List<Product> list() {
                return all;
            }
        };
    }

    /** These regions, found by code. */
    public static RegionService regions(Region... regions) {
        List<Region> all = List.of(regions);
        return new RegionService() {
            @Override
            public Region save(Region region, Actor actor) {
                throw new UnsupportedOperationException("a test's master data is fixed");
            }

            @Override
            public Optional<Region> find(String code) {
                return all.stream().filter(r -> r.code().equals(code)).findFirst();
            }

            @Override
            public List<Region> list() {
                return all;
            }
        };
    }
}
