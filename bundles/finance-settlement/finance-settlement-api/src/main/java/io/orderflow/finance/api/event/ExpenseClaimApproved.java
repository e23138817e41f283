package io.orderflow.finance.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An expense claim passed its last step: what is to be paid to the claimant, line by line (for the ERP's postings).
 * The aggregate id is the claim's number.
 *
 * @param approvedTotal the sum of the lines' approved amounts, in the currency's decimals
 */
public record ExpenseClaimApproved(@Required String claim, @Required String claimant, @Required String department,
                                   @Required String currency, @Required LocalDate approvedOn,
                                   @Required BigDecimal approvedTotal, List<Line> lines) implements EventPayload {

    public static final String TYPE = "finance/EXPENSE_CLAIM_APPROVED";

    /**
     * @param category an {@code ExpenseCategory} name
     * @param amount   as claimed; {@code approvedAmount} is what is paid (zero for a line not sanctioned at all)
     */
    public record Line(int lineNo, LocalDate date, String category, String description, BigDecimal amount,
                       BigDecimal approvedAmount) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
