package io.orderflow.warehouse.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Goods announced to arrive: a purchase or a production order. A receipt move with the same reference, warehouse and
 * product lowers what is still open.
 *
 * @param reference the purchase or production order
 * @param open      what has not been received yet
 */
public record ExpectedReceipt(long id, String warehouse, String product, BigDecimal quantity, BigDecimal open,
                              LocalDate expectedOn, ReceiptSource source, String reference) {
}
