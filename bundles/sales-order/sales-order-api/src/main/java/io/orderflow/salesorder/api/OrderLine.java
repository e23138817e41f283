package io.orderflow.salesorder.api;

import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.ProductCode;
import java.math.BigDecimal;

/**
 * A line of an accepted order.
 *
 * @param lineNo        1-based position
 * @param productCode   the product
 * @param specification as ordered, may be null
 * @param quantity      above zero
 * @param unit          the product's unit
 * @param unitPrice     the agreed price per unit
 * @param listPrice     the price-list price when the order was taken
 * @param amount        quantity × unit price
 */
public record OrderLine(int lineNo, ProductCode productCode, String specification, BigDecimal quantity, String unit,
                        Money unitPrice, Money listPrice, Money amount) {
}
