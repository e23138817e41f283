package io.orderflow.aftersales.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * Returns by product, cause and month against what was shipped of the product in that month.
 *
 * @param rows    one per product, month and cause found (received goods not yet inspected count as cause null)
 * @param flagged products whose COMPANY_QUALITY returns in a month passed the configured rate with enough shipped
 */
public record DefectStatistics(YearMonth from, YearMonth to, List<Row> rows, List<Row> flagged) {

    /**
     * @param returned what inspection put down to {@code cause} (received goods in the month the return was requested)
     * @param shipped  what was dispatched of the product in the month
     * @param rate     returned ÷ shipped as a fraction (4 places), null when nothing shipped
     */
    public record Row(String productCode, YearMonth month, Cause cause, BigDecimal returned, BigDecimal shipped,
                      BigDecimal rate) {
    }
}
