package io.orderflow.production.api.event;

/** Event types production appends ({@code production/<FACT>}); the aggregate id is the sales order number. */
public final class ProductionEvents {

    /** Production orders of a sales order were released. Payload: productionOrders [id, lineNo, product, quantity]. */
    public static final String STARTED = "production/STARTED";

    /**
     * The projected completion passed the promised delivery date. Payload: orderNumber, oldDate (the promised date),
     * newDate (the projected completion), reason.
     */
    public static final String DELAYED = "production/DELAYED";

    /**
     * Production's answer to a change request. Payload: changeId, feasible, projectedDelivery (yyyy-MM-dd), remark.
     */
    public static final String CHANGE_ASSESSED = "production/CHANGE_ASSESSED";

    /**
     * Units passed quality inspection; the warehouse receives them into stock for the order. Payload: productionOrder,
     * lineNo, product, quantity, reference (names the receipt, unique per inspection), inspector.
     */
    public static final String QUALITY_PASSED = "production/QUALITY_PASSED";

    /** Every unit of a production order passed inspection. Payload: productionOrder, lineNo, product, quantity. */
    public static final String COMPLETED = "production/COMPLETED";

    private ProductionEvents() {
    }
}
