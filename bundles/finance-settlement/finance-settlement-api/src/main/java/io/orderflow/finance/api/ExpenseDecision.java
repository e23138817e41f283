package io.orderflow.finance.api;

import io.orderflow.platform.api.text.FreeText;
import java.math.BigDecimal;
import java.util.List;

/**
 * A step's decision on an expense claim.
 *
 * @param decision what the step decides
 * @param reason   required to reject or send back, optional to approve; at most 500 characters
 * @param lines    only with {@link Decision#APPROVE}: lines approved at less than they are approved so far (partial
 *                 sanction), each at most once; the others stay as they are. May be null or empty
 */
public record ExpenseDecision(Decision decision, @FreeText String reason, List<Line> lines) {

    public enum Decision {
        /** The step agrees; the claim goes to the next step, or is approved after the last. */
        APPROVE,
        /** The claim ends, not paid. */
        REJECT,
        /** Back to the claimant to correct and resubmit; the chain then restarts at this step. */
        SEND_BACK
    }

    /**
     * One line sanctioned at a lower amount.
     *
     * @param lineNo         the claim's line number
     * @param approvedAmount from zero to below what the line is approved at so far, in its currency's decimals
     * @param reason         why it was reduced, required, at most 200 characters
     */
    public record Line(int lineNo, BigDecimal approvedAmount, String reason) {
    }
}
