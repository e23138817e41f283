package io.orderflow.aftersales.api;

/** Why the customer returns goods, as the customer reports it. */
public enum ReturnReason {
    QUALITY_DEFECT,
    TRANSIT_DAMAGE,
    WRONG_ITEM,
    NOT_WANTED,
    OTHER
}
