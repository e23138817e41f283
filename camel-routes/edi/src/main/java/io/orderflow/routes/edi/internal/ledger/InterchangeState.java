package io.orderflow.routes.edi.internal.ledger;

/** The states of an interchange in the ledger. */
public final class InterchangeState {

    /** IN: recorded, orders not yet created. */
    public static final String RECEIVED = "RECEIVED";
    /** IN: its orders exist in sales; the acknowledgement is not yet written. */
    public static final String ORDERS_CREATED = "ORDERS_CREATED";
    /** IN: acknowledged, some or all of its sets taken. */
    public static final String ACKNOWLEDGED = "ACKNOWLEDGED";
    /** IN: refused as a whole (its acknowledgement, if any, says why). */
    public static final String REJECTED = "REJECTED";
    /** IN: the partner's acknowledgements in it answer nothing we sent (its reason names them). */
    public static final String UNMATCHED = "UNMATCHED";
    /** OUT: written, the partner's acknowledgement awaited. */
    public static final String SENT = "SENT";
    /** OUT: the partner accepted it. */
    public static final String ACCEPTED = "ACCEPTED";
    /** OUT: the partner accepted some of its sets. */
    public static final String PARTIALLY_ACCEPTED = "PARTIALLY_ACCEPTED";
    /** OUT: the partner rejected it. */
    public static final String PARTNER_REJECTED = "PARTNER_REJECTED";

    private InterchangeState() {
    }

    static boolean finished(String state) {
        return ACKNOWLEDGED.equals(state) || REJECTED.equals(state);
    }
}
