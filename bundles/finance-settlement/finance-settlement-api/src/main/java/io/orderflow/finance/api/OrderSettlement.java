package io.orderflow.finance.api;

import java.math.BigDecimal;

/**
 * Where an order's money stands, in its currency.
 *
 * @param prepaymentDue what must be verified before production starts (zero without prepayment)
 * @param invoiced      its invoices' totals less their credit notes'
 * @param paid          verified money allocated to it and, directly, to its invoices
 * @param pending       money allocated so by payments not verified yet: it does not count
 * @param open          total minus paid, less what credit notes reversed and no refund paid out; below zero, the
 *                      customer's credit
 * @param prepaid       paid covers the prepayment due
 */
public record OrderSettlement(String orderNumber, String customerId, String currency, String paymentTerms,
                              BigDecimal total, BigDecimal prepaymentDue, BigDecimal invoiced, BigDecimal paid,
                              BigDecimal pending, BigDecimal open, boolean prepaid) {
}
