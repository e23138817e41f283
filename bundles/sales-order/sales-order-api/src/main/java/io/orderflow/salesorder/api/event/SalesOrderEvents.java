package io.orderflow.salesorder.api.event;

/** Event types the sales department appends ({@code sales-order/<FACT>}); the aggregate id is the order number. */
public final class SalesOrderEvents {

    /**
     * A new order was accepted at intake. Payload: customerId, customerPo, channel, total, currency,
     * lines (lineNo, productCode, specification, quantity, unit), reviewSteps.
     */
    public static final String RECEIVED = "sales-order/RECEIVED";

    /** A reviewer decided on a step. Payload: stepNo, rule, role, decision, actor, remark. */
    public static final String REVIEW_DECISION = "sales-order/REVIEW_DECISION";

    /**
     * Every approval was given. Payload: customerId, region, revision, total, currency, paymentTerms, custom,
     * requestedDelivery, prepaymentPercent, lines (lineNo, productCode, specification, quantity, unit).
     */
    public static final String CONFIRMED = "sales-order/CONFIRMED";

    /** The review ended with a rejection. Payload: role, actor, reason. */
    public static final String REJECTED = "sales-order/REJECTED";

    /** Finance recorded a prepayment. Payload: amount, currency, reference, received (total so far), satisfied. */
    public static final String PREPAYMENT_RECORDED = "sales-order/PREPAYMENT_RECORDED";

    /** The order was cancelled. Payload: reason, actor, previousStatus. */
    public static final String CANCELLED = "sales-order/CANCELLED";

    /** The order was put on hold. Payload: reason, actor, previousStatus. */
    public static final String HELD = "sales-order/HELD";

    /** The hold was lifted. Payload: actor, status. */
    public static final String RELEASED = "sales-order/RELEASED";

    /**
     * A change was asked for; production assesses it ({@code production/CHANGE_ASSESSED}). Payload: changeId,
     * requestedDelivery (or ""), lines (lineNo, quantity, specification; "" when unchanged), reason.
     */
    public static final String CHANGE_REQUESTED = "sales-order/CHANGE_REQUESTED";

    /** A change request was answered or withdrawn. Payload: changeId, status, projectedDelivery, remark, actor. */
    public static final String CHANGE_ANSWERED = "sales-order/CHANGE_ANSWERED";

    /**
     * A confirmed change became a new revision. Payload: changeId, revision, requestedDelivery, total, currency,
     * lines (lineNo, productCode, specification, quantity, unit).
     */
    public static final String REVISED = "sales-order/REVISED";

    /**
     * The customer was told of a production delay and the order has a new promised delivery date. Payload: oldDate,
     * newDate (yyyy-MM-dd), reason (production's), compensation (or ""), actor.
     */
    public static final String PROMISED_DATE_CHANGED = "sales-order/PROMISED_DATE_CHANGED";

    public static final String KEY_CUSTOMER_ID = "customerId";
    public static final String KEY_CUSTOMER_PO = "customerPo";
    public static final String KEY_CHANNEL = "channel";
    public static final String KEY_TOTAL = "total";
    public static final String KEY_CURRENCY = "currency";
    public static final String KEY_LINES = "lines";

    private SalesOrderEvents() {
    }
}
