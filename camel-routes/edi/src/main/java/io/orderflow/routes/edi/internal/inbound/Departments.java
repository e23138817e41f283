package io.orderflow.routes.edi.internal.inbound;

import io.orderflow.logistics.api.TrackingService;
import io.orderflow.salesorder.api.SalesOrderService;

/**
 * The departments partners' files go to: sales takes orders, logistics carriers' statuses. Either may be away for a
 * while; the files that need it then wait.
 */
public record Departments(DepartmentLink<SalesOrderService> sales, DepartmentLink<TrackingService> logistics) {

    public static Departments away() {
        return new Departments(new DepartmentLink<>("sales order"), new DepartmentLink<>("logistics"));
    }
}
