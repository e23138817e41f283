package io.orderflow.aftersales.api;

/**
 * What becomes of an inspected quantity: back into stock ({@code RESTOCK}, quarantine → on hand), to production for
 * rework ({@code REWORK}, a rework order for the product and quantity), or written off ({@code SCRAP}, with a reason).
 */
public enum Disposition {
    RESTOCK,
    REWORK,
    SCRAP
}
