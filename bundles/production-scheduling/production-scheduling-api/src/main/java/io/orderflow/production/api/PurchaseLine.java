package io.orderflow.production.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A material to buy: BOM × quantity − material stock − open purchases.
 *
 * @param orderBy         the latest day to order it so that it arrives when the first order needing it could start
 * @param expectedArrival when the schedule assumes it arrives
 */
public record PurchaseLine(String material, BigDecimal quantity, LocalDate orderBy, LocalDate expectedArrival,
                           int leadTimeDays) {
}
