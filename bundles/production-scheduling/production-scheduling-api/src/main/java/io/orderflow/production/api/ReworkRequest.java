package io.orderflow.production.api;

import io.orderflow.platform.api.text.FreeText;
import java.math.BigDecimal;

/**
 * Goods to be made good again by production: after-sales hands returned units that failed its inspection to the
 * factory, which reworks them as a production order of their own.
 *
 * @param product   the product code; production must make it (it has a routing)
 * @param quantity  the units to rework, more than 0, at most 4 decimals
 * @param reference the caller's key, at most 60 characters (e.g. {@code RET-2026-000001/L1}): the same reference again
 *                  answers the rework order made the first time
 * @param reason    why, for the audit trail; may be null, at most 500 characters
 */
public record ReworkRequest(String product, BigDecimal quantity, String reference, @FreeText String reason) {
}
