package io.orderflow.warehouse.api;

import io.orderflow.platform.api.text.FreeText;
import java.math.BigDecimal;

/**
 * A move a person records: a receipt, an issue or a count adjustment.
 *
 * @param type      RECEIPT, ISSUE or ADJUSTMENT
 * @param warehouse the warehouse code
 * @param product   the product code
 * @param quantity  greater than 0; for an adjustment, the signed correction (−3 when three are missing)
 * @param reason    required for issues and adjustments
 * @param reference e.g. a purchase order, a production order or a count sheet; optional
 */
public record MoveRequest(MoveType type, String warehouse, String product, BigDecimal quantity, @FreeText String reason,
                          String reference) {
}
