package io.orderflow.production.api;

/** What happens to units that failed quality inspection; either way they are made again. */
public enum Disposition {
    REWORK, SCRAP
}
