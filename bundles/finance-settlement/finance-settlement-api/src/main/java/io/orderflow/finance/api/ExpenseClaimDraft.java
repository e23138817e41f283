package io.orderflow.finance.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The lines of an expense claim as the claimant files (or corrects) them.
 *
 * @param lines 1 to 50 lines, all in one currency; numbered 1..n in this order
 */
public record ExpenseClaimDraft(List<Line> lines) {

    /**
     * One expense.
     *
     * @param date        when it was spent, not after today (the business zone's)
     * @param description at most 200 characters on one line, e.g. {@code Train Shenzhen–Guangzhou}
     * @param amount      more than zero, in the currency's decimals at most (never rounded)
     * @param currency    ISO 4217, the same on every line
     */
    public record Line(LocalDate date, ExpenseCategory category, String description, BigDecimal amount,
                       String currency) {
    }
}
