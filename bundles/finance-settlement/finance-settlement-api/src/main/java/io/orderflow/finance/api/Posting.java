package io.orderflow.finance.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One immutable posting of a finance document to the ERP's general ledger: a balanced journal entry in the document's
 * currency. A correction is a new version of the same document, never a change to this one.
 *
 * @param key          {@code <document>~<version>}, e.g. {@code INV-2026-000123~1}: the ERP's idempotency key
 * @param documentType INVOICE, CREDIT_NOTE, PAYMENT, REFUND or EXPENSE_CLAIM
 * @param lines        empty when the account mapping could not build it (then REJECTED, with the reason)
 * @param erpReference the ERP's own id of the entry, once CONFIRMED
 * @param message      the ERP's (or the mapping's) reason when REJECTED or UNKNOWN
 */
public record Posting(String key, String documentType, String document, int version, String customerId,
                      String currency, LocalDate postedOn, List<Line> lines, PostingState state, String erpReference,
                      String message, Instant createdAt, Instant stateAt) {

    /** A debit or a credit to one account, never both. */
    public record Line(int lineNo, String account, BigDecimal debit, BigDecimal credit, String memo) {
    }
}
