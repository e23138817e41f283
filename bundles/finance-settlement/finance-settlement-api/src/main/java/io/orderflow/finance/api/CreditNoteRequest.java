package io.orderflow.finance.api;

import io.orderflow.platform.api.text.FreeText;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a credit note is to reverse of one issued invoice: some of its lines' quantities, its freight, or both.
 *
 * @param invoice the invoice's number, {@code INV-2026-000123}
 * @param lines   each of the invoice's lines at most once, with a quantity more than zero and at most what the line
 *                invoiced less what earlier credit notes reversed of it; may be empty when only the freight is reversed
 * @param freight whether the invoice's freight is reversed too (whole, and only once)
 * @param reason  why, at most 500 characters
 * @param source  the caller's own key for this credit note (after-sales: the return's number), at most 40 characters;
 *                asked again with the same key, the credit note issued the first time is the answer. Null for none
 */
public record CreditNoteRequest(String invoice, List<Line> lines, boolean freight, @FreeText String reason,
                                String source) {

    /** So much of one invoice line, {@code lineNo} as the invoice numbers it. */
    public record Line(int lineNo, BigDecimal quantity) {
    }
}
