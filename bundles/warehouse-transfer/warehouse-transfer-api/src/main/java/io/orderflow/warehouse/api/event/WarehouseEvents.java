package io.orderflow.warehouse.api.event;

import io.orderflow.warehouse.api.TransferStatus;

/** Event types the warehouse appends ({@code warehouse/<FACT>}); for order events the aggregate id is the order number. */
public final class WarehouseEvents {

    /**
     * Stock was reserved for an order (on confirmation, and again after each revision). Payload: revision (1 when the
     * order event named none), fullyReserved, lines (lineNo, productCode, specification, ordered, reserved, missing, allocations
     * [warehouse, quantity]); quantities as plain decimal strings. Production plans the missing part.
     */
    public static final String STOCK_RESERVED = "warehouse/STOCK_RESERVED";

    /** Every line of the order is reserved in full. Payload: warehouses (the codes holding its reservations). */
    public static final String ORDER_FULLY_RESERVED = "warehouse/ORDER_FULLY_RESERVED";

    /**
     * An order's reservations were released (cancelled). Payload: reason (the cancellation's), lines (lineNo,
     * productCode, released).
     */
    public static final String STOCK_RELEASED = "warehouse/STOCK_RELEASED";

    /**
     * Prefix of the transfer events, one per status a transfer reaches: {@code warehouse/TRANSFER_PROPOSED},
     * {@code …_MANAGER_APPROVED}, {@code …_APPROVED}, {@code …_RECOUNT_REQUIRED}, {@code …_RECOUNTED},
     * {@code …_PICKED}, {@code …_SHIPPED}, {@code …_RECEIVED}. The aggregate id is the transfer id; payload: product,
     * from, to, quantity, status, actor, remark (may be empty), expectedArrival (once shipped).
     */
    public static final String TRANSFER_PREFIX = "warehouse/TRANSFER_";

    public static String transfer(TransferStatus status) {
        return TRANSFER_PREFIX + status.name();
    }

    private WarehouseEvents() {
    }
}
