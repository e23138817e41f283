package io.orderflow.routes.edi.internal.inbound;

import io.orderflow.salesorder.api.ProductService;
import io.orderflow.salesorder.api.SalesOrderService;

/**
 * Sales as the gateway reaches it: there, or away (stopped or being updated). While it is away, partners' files wait
 * in their folders; that is not a failure of a file.
 */
public final class SalesLink {

    /** Sales went away while a file was being handled. */
    public static final class SalesAwayException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        SalesAwayException() {
            super("the sales department is away (stopped or being updated)");
        }
    }

    private volatile SalesOrderService orders;
    private volatile ProductService products;

    public void orders(SalesOrderService service) {
        orders = service;
    }

    /** Forgets the service when it is the one in use (a replacement may have been bound first). */
    public synchronized void ordersGone(SalesOrderService service) {
        if (orders == service) {
            orders = null;
        }
    }

    public void products(ProductService service) {
        products = service;
    }

    /** Forgets the service when it is the one in use. */
    public synchronized void productsGone(ProductService service) {
        if (products == service) {
            products = null;
        }
    }

    public boolean present() {
        return orders != null && products != null;
    }

    /** @throws SalesAwayException when sales is away */
    public SalesOrderService orders() {
        return require(orders);
    }

    /** @throws SalesAwayException when sales is away */
    public ProductService products() {
        return require(products);
    }

    private static <T> T require(T service) {
        if (service == null) {
            throw new SalesAwayException();
        }
        return service;
    }
}
