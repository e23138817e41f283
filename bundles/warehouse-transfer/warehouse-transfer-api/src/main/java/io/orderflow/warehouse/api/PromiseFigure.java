package io.orderflow.warehouse.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Available-to-promise (docs/business-rules.md §4.2): what can still be promised of a product by a date.
 *
 * @param warehouse         null when the figure is over all warehouses
 * @param available         on hand − reserved, today; over all warehouses goods picked for a transfer count, for one
 *                          warehouse what approved transfers are about to take from it does not
 * @param expectedReceipts  open expected receipts and shipped transfers arriving by the date
 * @param shortfallDue      what confirmed orders due by the date still miss (not yet reserved); it takes the first
 *                          receipts. For one warehouse: the shortfall of its region, if it is the region's first
 * @param availableToPromise available + expectedReceipts − shortfallDue
 */
public record PromiseFigure(String product, String warehouse, LocalDate date, BigDecimal available,
                            BigDecimal expectedReceipts, BigDecimal shortfallDue, BigDecimal availableToPromise) {
}
