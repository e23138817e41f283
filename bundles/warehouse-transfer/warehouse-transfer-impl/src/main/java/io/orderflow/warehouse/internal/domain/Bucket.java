package io.orderflow.warehouse.internal.domain;

/**
 * The quantities kept per product and warehouse (docs/business-rules.md §4.1); each ledger posting changes one of them.
 */
public enum Bucket {
    ON_HAND, RESERVED, IN_TRANSIT, QUARANTINE
}
