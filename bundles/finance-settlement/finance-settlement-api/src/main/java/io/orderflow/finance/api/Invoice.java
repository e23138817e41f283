package io.orderflow.finance.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An issued invoice, as it stays: a correction is a credit note, never a change.
 *
 * @param number   {@code INV-2026-000123}, gap-free per year
 * @param shipment the shipment it invoices
 * @param freight  the agreed freight invoiced; null when none
 */
public record Invoice(String number, String orderNumber, String shipment, String customerId, String customerPo,
                      String currency, String terms, LocalDate issuedOn, LocalDate dueOn, List<Line> lines,
                      BigDecimal freight, BigDecimal net, BigDecimal tax, BigDecimal total) {

    /** A line invoiced: {@code lineNo} is the order's line; {@code taxRate} a fraction. */
    public record Line(int lineNo, String productCode, String specification, BigDecimal quantity, String unit,
                       BigDecimal unitPrice, BigDecimal net, BigDecimal taxRate, BigDecimal tax) {
    }
}
