package io.orderflow.aftersales.api;

import io.orderflow.platform.api.text.FreeText;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Goods that arrived without an RMA, held in quarantine until someone finds out whose they are.
 *
 * @param note what came with the goods (a sender, a delivery note), at most 500 characters
 */
public record UnmatchedReceipt(long id, String warehouse, String productCode, BigDecimal quantity,
                               @FreeText String note, String receivedBy, Instant at) {
}
