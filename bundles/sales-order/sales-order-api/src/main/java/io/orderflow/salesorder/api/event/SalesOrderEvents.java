package io.orderflow.salesorder.api.event;

/** Event types the sales department appends ({@code sales-order/<FACT>}); the aggregate id is the order number. */
public final class SalesOrderEvents {

    /** A new order was accepted at intake. Payload: customerId, customerPo, channel, total, currency, lines. */
    public static final String RECEIVED = "sales-order/RECEIVED";

    public static final String KEY_CUSTOMER_ID = "customerId";
    public static final String KEY_CUSTOMER_PO = "customerPo";
    public static final String KEY_CHANNEL = "channel";
    public static final String KEY_TOTAL = "total";
    public static final String KEY_CURRENCY = "currency";
    public static final String KEY_LINES = "lines";

    private SalesOrderEvents() {
    }
}
