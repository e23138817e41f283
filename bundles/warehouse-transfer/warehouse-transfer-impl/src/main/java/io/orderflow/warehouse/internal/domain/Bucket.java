package io.orderflow.warehouse.internal.domain;

/** The quantities kept per product and warehouse (domain.md §3); each ledger posting changes one of them. */
public enum Bucket {
    ON_HAND, RESERVED, IN_TRANSIT, QUARANTINE
}
