package io.orderflow.production.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What production makes for one line of a sales order: the shortfall the warehouse announced.
 *
 * @param quantity            the shortfall to make
 * @param completed           reported as made so far
 * @param passed              passed quality inspection and went into stock for the order
 * @param failed              failed inspection (reworked or scrapped, and made again)
 * @param dueDate             the order's promised delivery date
 * @param projectedCompletion from the current schedule; null when not scheduled
 * @param lastReportAt        the last progress report, or the release; null before release
 */
public record ProductionOrder(long id, String orderNumber, int lineNo, String product, BigDecimal quantity,
                              BigDecimal completed, BigDecimal passed, BigDecimal failed, RequirementStatus status,
                              LocalDate dueDate, LocalDate projectedCompletion, Instant lastReportAt) {
}
