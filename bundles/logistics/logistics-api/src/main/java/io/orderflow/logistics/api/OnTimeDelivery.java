package io.orderflow.logistics.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The on-time delivery measure of a month: an order counts in the month its last sign-off fell in (business zone),
 * and is on time when that day is not after the delivery date promised to the customer.
 *
 * @param rate     on time / delivered, 4 decimals; null when nothing was delivered
 * @param lateOrders the order numbers delivered late
 */
public record OnTimeDelivery(YearMonth month, int delivered, int onTime, BigDecimal rate, List<String> lateOrders) {
}
