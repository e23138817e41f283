package io.orderflow.platform.testkit;

import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.CustomerService;
import io.orderflow.masterdata.api.Product;
import io.orderflow.masterdata.api.ProductService;
import io.orderflow.masterdata.api.Region;
import io.orderflow.masterdata.api.RegionService;
import io.orderflow.platform.api.security.Actor;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Master data as a department's persistence test reads it: fixed customers, products and regions, not saved. */
public final class MasterDataStandIns {

    private MasterDataStandIns() {
    }

    /** These customers, found by id. */
    public static CustomerService customers(Customer... customers) {
        return new FixedCustomers(List.of(customers));
    }

    /** These products, found by code. */
    public static ProductService products(Product... products) {
        return new FixedProducts(List.of(products));
    }

    /** These regions, found by code. */
    public static RegionService regions(Region... regions) {
        return new FixedRegions(List.of(regions));
    }

    /** What the three master data services have in common: find by key, list, and no saving. */
    private static class Fixed<T> {

        private final List<T> all;
        private final Function<T, String> key;

        Fixed(List<T> all, Function<T, String> key) {
            this.all = all;
            this.key = key;
        }

        public T save(T value, Actor actor) {
            throw new UnsupportedOperationException("a test's master data is fixed");
        }

        public Optional<T> find(String wanted) {
            return all.stream().filter(value -> key.apply(value).equals(wanted)).findFirst();
        }

        public List<T> list() {
            return all;
        }
    }

    private static final class FixedCustomers extends Fixed<Customer> implements CustomerService {
        FixedCustomers(List<Customer> customers) {
            super(customers, Customer::id);
        }
    }

    private static final class FixedProducts extends Fixed<Product> implements ProductService {
        FixedProducts(List<Product> products) {
            super(products, Product::code);
        }
    }

    private static final class FixedRegions extends Fixed<Region> implements RegionService {
        FixedRegions(List<Region> regions) {
            super(regions, Region::code);
        }
    }
}
