package io.orderflow.routes.edi.internal.mapping;

import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.ItemIdKind;
import io.orderflow.masterdata.api.PartnerItem;
import io.orderflow.masterdata.api.PartnerLocation;
import io.orderflow.masterdata.api.Product;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Master data for mapping tests: products by a function, and lists of customers, partner items and locations. */
final class MasterDataTables implements MasterData {

    private final Function<String, Optional<Product>> products;
    private final List<Customer> customers = new ArrayList<>();
    private final List<PartnerItem> items = new ArrayList<>();
    private final List<PartnerLocation> locations = new ArrayList<>();

    MasterDataTables(Function<String, Optional<Product>> products) {
        this.products = products;
    }

    MasterDataTables customer(Customer customer) {
        customers.add(customer);
        return this;
    }

    MasterDataTables item(PartnerItem item) {
        items.add(item);
        return this;
    }

    MasterDataTables location(PartnerLocation location) {
        locations.add(location);
        return this;
    }

    @Override
    public Optional<Product> product(String code) {
        return products.apply(code);
    }

    @Override
    public Optional<Customer> customer(String id) {
        return customers.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    public Optional<PartnerItem> item(String partner, ItemIdKind kind, String number) {
        return items.stream().filter(i -> i.partner().equals(partner) && i.kind() == kind
                && i.partnerItem().equals(number)).findFirst();
    }

    @Override
    public Optional<PartnerLocation> location(String partner, String code) {
        return locations.stream().filter(l -> l.partner().equals(partner) && l.code().equals(code)).findFirst();
    }

    @Override
    public LocalDate today() {
        return LocalDate.of(2026, 11, 22);
    }
}
