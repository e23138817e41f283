package io.orderflow.routes.edi.internal.mapping;

import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.ItemIdKind;
import io.orderflow.masterdata.api.PartnerItem;
import io.orderflow.masterdata.api.PartnerLocation;
import io.orderflow.masterdata.api.Product;
import java.time.LocalDate;
import java.util.Optional;

/** What the mapping looks up: products, customers, a partner's cross-reference and locations, and today. */
public interface MasterData {

    Optional<Product> product(String code);

    Optional<Customer> customer(String id);

    /** The partner's item, as its cross-reference names it. */
    Optional<PartnerItem> item(String partner, ItemIdKind kind, String number);

    /** The partner's location (store, DC or GLN), as its location table names it. */
    Optional<PartnerLocation> location(String partner, String code);

    LocalDate today();
}
