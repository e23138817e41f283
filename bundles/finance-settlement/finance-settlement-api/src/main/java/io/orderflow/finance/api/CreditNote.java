package io.orderflow.finance.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An issued credit note, as it stays: what it reverses of one invoice, in the invoice's currency. It reduces what is
 * open on the invoice; what it reverses beyond that (the invoice was paid already) is the customer's credit, which a
 * refund pays out.
 *
 * @param number     {@code CN-2026-000123}, gap-free per year
 * @param lines      what it reverses of each invoice line: the line at the quantity reversed, at the invoice line's
 *                   unit price and tax rate; net and tax each rounded once the declared way, never more than the
 *                   invoice line has left (the credit note reversing the last of a line takes exactly its rest)
 * @param freight    the invoice's freight reversed, null when not
 * @param freightTax the freight's tax reversed, null when the freight is not
 * @param net        the lines' and freight's net, added up
 * @param tax        their tax, added up
 * @param total      net plus tax
 * @param refunded   what refunds recorded or verified against it pay out
 * @param refundable what a refund may still pay out now: at most the total less what is refunded, and only as far as
 *                   the customer has paid more on the invoice's order than it owes
 * @param source     the caller's key it was issued for (after-sales: the return), null when none
 */
public record CreditNote(String number, String invoice, String orderNumber, String customerId, String currency,
                         LocalDate issuedOn, String reason, List<Invoice.Line> lines, BigDecimal freight,
                         BigDecimal freightTax, BigDecimal net, BigDecimal tax, BigDecimal total, BigDecimal refunded,
                         BigDecimal refundable, String source, String issuedBy, Instant issuedAt) {
}
