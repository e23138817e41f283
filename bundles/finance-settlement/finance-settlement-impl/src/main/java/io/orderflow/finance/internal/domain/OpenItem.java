package io.orderflow.finance.internal.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A document money can be allocated to: an order's prepayment or payment before shipment, or an invoice.
 *
 * @param open what is still to be paid on it, in its currency's scale
 * @param due  when it falls due (an order's: when it was confirmed)
 */
public record OpenItem(String document, String currency, BigDecimal open, LocalDate due) {
}
