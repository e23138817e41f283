package io.orderflow.production.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What production makes: for one line of a sales order, the shortfall the warehouse announced; or, for a rework order
 * ({@link ReworkService}), returned goods to be made good, which serve no sales order.
 *
 * @param orderNumber         the sales order; null for a rework order
 * @param lineNo              the sales order's line; 0 for a rework order
 * @param quantity            the shortfall to make (for a rework order, the units to rework)
 * @param completed           reported as made so far
 * @param passed              passed quality inspection and went into stock (for the order, if any)
 * @param failed              failed inspection (reworked or scrapped, and made again)
 * @param dueDate             the order's promised delivery date; null for a rework order, which has no promise and
 *                            is scheduled after every sales order
 * @param projectedCompletion from the current schedule; null when not scheduled
 * @param lastReportAt        the last progress report, or the release; null before release
 * @param reworkReference     a rework order's reference ({@link ReworkRequest#reference()}); null for a sales order's
 *                            production order
 */
public record ProductionOrder(long id, String orderNumber, int lineNo, String product, BigDecimal quantity,
                              BigDecimal completed, BigDecimal passed, BigDecimal failed, RequirementStatus status,
                              LocalDate dueDate, LocalDate projectedCompletion, Instant lastReportAt,
                              String reworkReference) {

    /** A sales order's production order (no rework reference): the shape before rework orders existed. */
    public ProductionOrder(long id, String orderNumber, int lineNo, String product, BigDecimal quantity,
                           BigDecimal completed, BigDecimal passed, BigDecimal failed, RequirementStatus status,
                           LocalDate dueDate, LocalDate projectedCompletion, Instant lastReportAt) {
        this(id, orderNumber, lineNo, product, quantity, completed, passed, failed, status, dueDate,
                projectedCompletion, lastReportAt, null);
    }
}
