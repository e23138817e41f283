package io.orderflow.warehouse.api;

import io.orderflow.platform.api.text.FreeText;
import java.math.BigDecimal;

/**
 * Goods moving into, out of or within quarantine, as another department (after-sales) asks for it.
 *
 * @param warehouse the warehouse code, a known warehouse
 * @param product   the product code, a product of the master data
 * @param quantity  greater than 0, at most 15 digits and 4 decimals
 * @param reference the caller's key for this move, required, at most 60 characters (e.g. {@code RMA-2026-000001/R1}):
 *                  the same move type and reference again answers the move made the first time
 * @param reason    why, at most 500 characters; required for an issue (scrapped, or handed to production for rework),
 *                  optional otherwise
 */
public record QuarantineMove(String warehouse, String product, BigDecimal quantity, String reference,
                             @FreeText String reason) {
}
