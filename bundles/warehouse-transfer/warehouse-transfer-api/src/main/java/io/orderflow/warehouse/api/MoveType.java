package io.orderflow.warehouse.api;

/** What a stock move does; every change of stock is one move in the ledger. */
public enum MoveType {
    /** Purchased or produced goods come in: on hand rises. */
    RECEIPT,
    /** Goods leave without an order reservation (samples, scrap): on hand falls, never below what is reserved. */
    ISSUE,
    /** A stock count found more or less: on hand is corrected, with the reason. */
    ADJUSTMENT,
    /** Stock promised to an order line: reserved rises, never above on hand. */
    RESERVE,
    /** A reservation given back: reserved falls. */
    RELEASE,
    /** Goods of an approved transfer set aside at the source: reserved rises there. */
    TRANSFER_PICK,
    /** Picked goods leave the source (on hand and reserved fall) and are in transit to the destination. */
    TRANSFER_SHIP,
    /** Goods in transit arrive: in transit falls, on hand rises at the destination. */
    TRANSFER_RECEIVE,
    /** Goods reserved for an order leave for its customer in a shipment: on hand and reserved fall together. */
    SHIPMENT_ISSUE,
    /**
     * Returned goods come in to await inspection: quarantine rises. Quarantine is never on hand, never available and
     * never reserved.
     */
    QUARANTINE_RECEIPT,
    /**
     * Inspected goods are restocked: quarantine falls and on hand rises; orders waiting for the product may then be
     * reserved from them, as from any goods that arrive.
     */
    QUARANTINE_RELEASE,
    /** Goods leave quarantine without being restocked (scrapped, or handed to production for rework): it falls. */
    QUARANTINE_ISSUE
}
