package io.orderflow.warehouse.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Goods announced by purchasing or production.
 *
 * @param quantity   greater than 0
 * @param expectedOn today or later
 * @param reference  the purchase or production order; the receipt move will carry the same reference
 */
public record ReceiptNotice(String warehouse, String product, BigDecimal quantity, LocalDate expectedOn,
                            ReceiptSource source, String reference) {
}
