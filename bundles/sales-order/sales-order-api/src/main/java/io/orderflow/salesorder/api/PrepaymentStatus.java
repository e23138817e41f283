package io.orderflow.salesorder.api;

import io.orderflow.platform.api.Money;

/**
 * How much of an order must be paid before production starts, and how much has been.
 *
 * @param orderNumber     the order
 * @param requiredPercent the larger of the custom-order percentage (custom orders) and the PREPAY_n of the terms; 0
 *                        when nothing is required
 * @param required        that share of the order total
 * @param received        prepayments recorded so far
 * @param satisfied       true when production may start as far as payment goes
 */
public record PrepaymentStatus(String orderNumber, int requiredPercent, Money required, Money received,
                               boolean satisfied) {
}
