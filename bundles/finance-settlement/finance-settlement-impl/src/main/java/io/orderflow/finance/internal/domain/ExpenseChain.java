package io.orderflow.finance.internal.domain;

import io.orderflow.finance.api.ExpenseCategory;
import io.orderflow.finance.api.ExpenseClaim.Step;
import io.orderflow.finance.api.ExpenseClaimDraft;
import io.orderflow.finance.api.ExpenseDecision;
import io.orderflow.platform.api.error.Problems;
import io.orderflow.platform.api.error.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of an expense claim's chain, pure: which step follows which, when the president decides, what a claim's
 * lines must be, and what a partial sanction approves. The steps run manager → supervisor → finance → president, the
 * last only when the approved total is above the supervisor's limit, or in another currency than the limit's (no
 * conversion: a claim the limit cannot be compared with goes to the president).
 *
 * @param limit         the supervisor's limit, in {@code limitCurrency}
 * @param limitCurrency ISO 4217
 */
public record ExpenseChain(BigDecimal limit, String limitCurrency) {

    public static final int MAX_LINES = 50;
    public static final int MAX_DESCRIPTION = 200;

    /** A line as the chain sees it: what is claimed, what is approved so far and why it was reduced. */
    public record ClaimLine(int lineNo, BigDecimal amount, BigDecimal approved, String note) {

        public boolean reduced() {
            return approved.compareTo(amount) < 0;
        }
    }

    /** Whether the president decides after the finance check, for a claim approved so far at {@code approvedTotal}. */
    public boolean presidentDecides(BigDecimal approvedTotal, String currency) {
        return !limitCurrency.equals(currency) || approvedTotal.compareTo(limit) > 0;
    }

    /** The step after {@code step} once it approves; null when the claim is then approved. */
    public Step next(Step step, BigDecimal approvedTotal, String currency) {
        return switch (step) {
            case MANAGER -> Step.SUPERVISOR;
            case SUPERVISOR -> Step.FINANCE;
            case FINANCE -> presidentDecides(approvedTotal, currency) ? Step.PRESIDENT : null;
            case PRESIDENT -> null;
        };
    }

    /**
     * The lines a claimant files or corrects, every problem at once ({@code lines[0].amount} and the like).
     *
     * @return the claim's currency
     * @throws io.orderflow.platform.api.error.ValidationException listing every problem
     */
    public static String check(ExpenseClaimDraft draft, LocalDate today) {
        Problems problems = new Problems();
        List<ExpenseClaimDraft.Line> lines = draft == null || draft.lines() == null ? List.of() : draft.lines();
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            problems.add("lines", "must be 1 to " + MAX_LINES + " lines");
        }
        String currency = null;
        for (int i = 0; i < lines.size(); i++) {
            String at = "lines[" + i + "].";
            ExpenseClaimDraft.Line line = lines.get(i);
            if (line == null) {
                problems.add("lines[" + i + "]", "is required");
                continue;
            }
            if (line.date() == null) {
                problems.add(at + "date", "is required");
            } else if (line.date().isAfter(today)) {
                problems.add(at + "date", "must not be after today, " + today);
            }
            if (line.category() == null) {
                problems.add(at + "category", "is required: one of " + List.of(ExpenseCategory.values()));
            }
            if (problems.requireText(at + "description", line.description())) {
                problems.limitLength(at + "description", line.description(), MAX_DESCRIPTION);
                problems.checkCharacters(at + "description", line.description(), false);
            }
            if (problems.requireText(at + "currency", line.currency())) {
                if (currency == null) {
                    currency = line.currency();
                } else if (!currency.equals(line.currency())) {
                    problems.add(at + "currency", "must be " + currency + " like the first line: a claim is in one"
                            + " currency");
                }
            }
            amount(at + "amount", line.amount(), line.currency(), false, problems);
        }
        problems.throwIfAny();
        return currency;
    }

    /**
     * What an approval with these reductions leaves approved of each line.
     *
     * @param lines   the claim's lines, as approved so far
     * @param reduced the decision's lines, each lowering one line's approved amount with a reason
     * @return every line with its approved amount and note after the decision, in the claim's order
     * @throws io.orderflow.platform.api.error.ValidationException naming each wrong reduction ({@code lines[0]...}),
     *         or (field {@code lines}) when nothing would be left approved: that is a rejection
     */
    public static List<ClaimLine> sanction(List<ClaimLine> lines, List<ExpenseDecision.Line> reduced,
                                           String currency) {
        Problems problems = new Problems();
        Map<Integer, ClaimLine> byNo = new HashMap<>();
        lines.forEach(line -> byNo.put(line.lineNo(), line));
        Map<Integer, ClaimLine> changed = new HashMap<>();
        Set<Integer> seen = new HashSet<>();
        List<ExpenseDecision.Line> asked = reduced == null ? List.of() : reduced;
        for (int i = 0; i < asked.size(); i++) {
            String at = "lines[" + i + "].";
            ExpenseDecision.Line ask = asked.get(i);
            if (ask == null) {
                problems.add("lines[" + i + "]", "is required");
                continue;
            }
            ClaimLine line = byNo.get(ask.lineNo());
            if (line == null) {
                problems.add(at + "lineNo", "the claim has no line " + ask.lineNo());
                continue;
            }
            if (!seen.add(ask.lineNo())) {
                problems.add(at + "lineNo", "line " + ask.lineNo() + " is named twice");
                continue;
            }
            BigDecimal amount = amount(at + "approvedAmount", ask.approvedAmount(), currency, true, problems);
            if (amount != null && amount.compareTo(line.approved()) >= 0) {
                problems.add(at + "approvedAmount", "must be less than the " + line.approved().toPlainString() + " "
                        + currency + " line " + ask.lineNo() + " is approved at so far: a line is only reduced");
            }
            if (problems.requireText(at + "reason", ask.reason())) {
                problems.limitLength(at + "reason", ask.reason(), MAX_DESCRIPTION);
                problems.checkCharacters(at + "reason", ask.reason(), false);
            }
            if (amount != null) {
                changed.put(ask.lineNo(), new ClaimLine(line.lineNo(), line.amount(), amount,
                        ask.reason() == null ? null : ask.reason().strip()));
            }
        }
        problems.throwIfAny();
        List<ClaimLine> after = lines.stream().map(line -> changed.getOrDefault(line.lineNo(), line)).toList();
        if (total(after, true).signum() == 0) {
            throw new ValidationException("lines", "nothing would be left approved:"
                    + " reject the claim instead");
        }
        return after;
    }

    /**
     * A sent-back claim's corrected lines: each approved in full, except that a line an earlier step reduced stays at
     * most at what was approved of the line of that number, with its note.
     */
    public static List<ClaimLine> resubmitted(List<ClaimLine> before, List<BigDecimal> amounts) {
        Map<Integer, ClaimLine> reduced = new HashMap<>();
        before.stream().filter(ClaimLine::reduced).forEach(line -> reduced.put(line.lineNo(), line));
        List<ClaimLine> lines = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            int lineNo = i + 1;
            BigDecimal amount = amounts.get(i);
            ClaimLine cap = reduced.get(lineNo);
            lines.add(cap == null || amount.compareTo(cap.approved()) <= 0 ? new ClaimLine(lineNo, amount, amount, null)
                    : new ClaimLine(lineNo, amount, cap.approved(), cap.note()));
        }
        return lines;
    }

    /** The sum of the lines' approved amounts ({@code approved}) or of their amounts claimed. */
    public static BigDecimal total(List<ClaimLine> lines, boolean approved) {
        return lines.stream().map(line -> approved ? line.approved() : line.amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The amount in its currency's scale, or null after adding its problem. */
    private static BigDecimal amount(String field, BigDecimal amount, String currency, boolean zeroAllowed,
                                     Problems problems) {
        if (amount == null) {
            problems.add(field, "is required");
            return null;
        }
        if (amount.signum() < 0 || !zeroAllowed && amount.signum() == 0) {
            problems.add(field, zeroAllowed ? "must not be negative" : "must be more than zero");
            return null;
        }
        if (!problems.fitsAmountColumn(field, amount) || currency == null) {
            return null;
        }
        try {
            return CurrencyRules.entered(amount, currency);
        } catch (IllegalArgumentException wrong) {
            problems.add(field, wrong.getMessage());
            return null;
        }
    }
}
