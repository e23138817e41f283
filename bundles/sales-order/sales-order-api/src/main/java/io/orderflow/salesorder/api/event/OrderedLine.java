package io.orderflow.salesorder.api.event;

import java.math.BigDecimal;

/**
 * A line of an order as the order events carry it.
 *
 * @param lineNo        the line's number; null only in a malformed event
 * @param specification the customer's specification, "" when none
 */
public record OrderedLine(Integer lineNo, String productCode, String specification, BigDecimal quantity, String unit) {
}
