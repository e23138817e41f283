package io.orderflow.routes.edi.internal.inbound;

import io.orderflow.platform.api.error.DepartmentUnavailableException;
import io.orderflow.salesorder.api.SalesOrderService;

/**
 * Sales as the gateway reaches it: there, or away (stopped or being updated). While it is away, partners' files wait
 * in their folders; that is not a failure of a file.
 */
public final class SalesLink {

    private static final String SALES = "sales order";

    private volatile SalesOrderService orders;

    public void orders(SalesOrderService service) {
        orders = service;
    }

    /** Forgets the service when it is the one in use (a replacement may have been bound first). */
    public synchronized void ordersGone(SalesOrderService service) {
        if (orders == service) {
            orders = null;
        }
    }

    public boolean present() {
        return orders != null;
    }

    /** @throws DepartmentUnavailableException when sales is away */
    public SalesOrderService orders() {
        return DepartmentUnavailableException.require(orders, SALES);
    }
}
