package io.orderflow.salesorder.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * What after-sales asks of sales for an approved exchange: replacement goods for lines of an order the customer
 * received.
 *
 * @param rma           the return's RMA number, e.g. {@code RMA-2026-000123} (at most 60 characters): the key that
 *                      makes {@link ReplacementOrderService#place} idempotent
 * @param originalOrder the number of the customer order the goods came with
 * @param lines         at least one, each line number once
 */
public record ReplacementRequest(String rma, String originalOrder, List<Line> lines) {

    /**
     * A line of the original order to replace.
     *
     * @param lineNo   the line's number on the original order
     * @param quantity above zero, at most what that line ordered
     */
    public record Line(int lineNo, BigDecimal quantity) {
    }
}
