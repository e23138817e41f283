package io.orderflow.salesorder.internal.rest;

import io.orderflow.salesorder.api.Customer;
import io.orderflow.salesorder.api.Product;

/** An empty request body is checked like a record with every field missing, so the answer names them all. */
final class MasterDataBodies {

    static final Customer EMPTY_CUSTOMER = new Customer(null, null, null, null, null, null);
    static final Product EMPTY_PRODUCT = new Product(null, null, null, null, 0, false);

    private MasterDataBodies() {
    }
}
