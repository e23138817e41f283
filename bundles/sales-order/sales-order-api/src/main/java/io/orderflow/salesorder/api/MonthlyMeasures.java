package io.orderflow.salesorder.api;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The sales measures of docs/business-rules.md §6 for the orders received in a month. A rate is null when it has
 * nothing to count.
 *
 * @param month                the month of receipt
 * @param received             orders received
 * @param notCorrected         of those, orders never revised after entry
 * @param accuracyRate         notCorrected / received, 0 to 1
 * @param confirmationsDue     orders confirmed, or still unconfirmed past their deadline (orders rejected or
 *                             cancelled before confirmation do not count)
 * @param confirmedWithinSla   of those, orders confirmed by their deadline
 * @param confirmationSlaRate  confirmedWithinSla / confirmationsDue, 0 to 1
 */
public record MonthlyMeasures(YearMonth month, int received, int notCorrected, BigDecimal accuracyRate,
                              int confirmationsDue, int confirmedWithinSla, BigDecimal confirmationSlaRate) {
}
