package io.orderflow.finance.api;

import java.math.BigDecimal;

/**
 * Where an order's money stands, in its currency.
 *
 * @param prepaymentDue what must be verified before production starts (zero without prepayment)
 * @param paid          verified money allocated to it
 * @param pending       money allocated to it by payments not verified yet: it does not count
 * @param open          total minus paid
 * @param prepaid       paid covers the prepayment due
 */
public record OrderSettlement(String orderNumber, String customerId, String currency, String paymentTerms,
                              BigDecimal total, BigDecimal prepaymentDue, BigDecimal paid, BigDecimal pending,
                              BigDecimal open, boolean prepaid) {
}
