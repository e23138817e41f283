package io.orderflow.warehouse.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One move of the ledger; moves are never changed or deleted.
 *
 * @param quantity  signed for adjustments, positive otherwise
 * @param reference an order number for reservations, what the person gave otherwise
 */
public record StockMove(long id, MoveType type, String warehouse, String product, BigDecimal quantity, String reason,
                        String reference, String actor, Instant at) {
}
