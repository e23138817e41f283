package io.orderflow.finance.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An expense claim and where it stands in its chain: the claimant's manager, that manager's manager (the supervisor),
 * a finance check, and the president when the approved total is above the supervisor's limit.
 *
 * @param number        {@code EXP-2026-000123}
 * @param department    the claimant's, from master data's organisation when the claim was filed
 * @param manager       the user deciding the {@link Step#MANAGER} step, from master data when the claim was filed
 * @param supervisor    the user deciding the {@link Step#SUPERVISOR} step (the manager's manager), likewise
 * @param step          the step due ({@link Status#PENDING}), the step that sent it back ({@link Status#SENT_BACK}) or
 *                      rejected it ({@link Status#REJECTED}); null once {@link Status#APPROVED}
 * @param total         the sum of the lines' amounts claimed
 * @param approvedTotal the sum of the lines' approved amounts (all of them until a step reduces one)
 * @param president     whether the chain ends with the president (as the claim stands now)
 * @param decisions     every step's decision, oldest first
 */
public record ExpenseClaim(String number, String claimant, String department, String manager, String supervisor,
                           String currency, Status status, Step step, List<Line> lines, BigDecimal total,
                           BigDecimal approvedTotal, boolean president, List<Receipt> receipts,
                           List<Decided> decisions, Instant submittedAt) {

    public enum Status { PENDING, SENT_BACK, APPROVED, REJECTED }

    /** The steps in their order. */
    public enum Step { MANAGER, SUPERVISOR, FINANCE, PRESIDENT }

    /**
     * @param approvedAmount what is approved of the line so far
     * @param approvalNote   why it was reduced (the last reduction's reason), null when it was not
     */
    public record Line(int lineNo, LocalDate date, ExpenseCategory category, String description, BigDecimal amount,
                       BigDecimal approvedAmount, String approvalNote) {
    }

    /**
     * A receipt file kept with the claim.
     *
     * @param contentType {@code image/jpeg}, {@code image/png} or {@code application/pdf}, as its content shows
     */
    public record Receipt(long id, String fileName, String contentType, int size, String uploadedBy,
                          Instant uploadedAt) {
    }

    /** @param role the role the step was decided in */
    public record Decided(Step step, ExpenseDecision.Decision decision, String by, String role, Instant at,
                          String reason) {
    }
}
