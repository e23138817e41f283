package io.orderflow.salesorder.internal.domain;

import io.orderflow.platform.api.Money;
import io.orderflow.salesorder.api.ApprovalRule;
import io.orderflow.salesorder.api.IntakeFlag;
import io.orderflow.salesorder.api.OrderType;
import io.orderflow.platform.api.PaymentTerms;
import io.orderflow.salesorder.api.StepStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which approvals an order needs (docs/business-rules.md §2.2): the rules of the approval matrix whose condition holds,
 * in rank order, each role one step. The plan is made when the order arrives, so a change of the matrix applies to
 * orders received afterwards.
 */
public final class ReviewPlanner {

    /** What the conditions look at. */
    public record OrderFacts(OrderType type, Money total, PaymentTerms terms, PaymentTerms customerStandardTerms,
                             boolean installation, boolean custom, boolean shipBeforePayment, boolean policyException,
                             List<IntakeFlag> flags) {
    }

    /** The step an order gets when no rule of the matrix applies to it. */
    static final String FALLBACK_RULE = "no-rule-applies";
    static final String FALLBACK_ROLE = "sales-manager";

    private ReviewPlanner() {
    }

    /**
     * @throws IllegalArgumentException for a replacement order: the sales director's approval of the exchange confirms
     *                                  it, no rule of the matrix reviews it
     */
    public static List<Review.Step> plan(OrderFacts order, List<ApprovalRule> matrix) {
        if (order.type() == OrderType.REPLACEMENT) {
            throw new IllegalArgumentException("a replacement order is confirmed by the approval of its exchange,"
                    + " never reviewed");
        }
        List<ApprovalRule> rules = matrix.stream().filter(rule -> applies(rule, order))
                .sorted(Comparator.comparingInt(ApprovalRule::rank).thenComparing(ApprovalRule::name)).toList();
        List<Review.Step> steps = new ArrayList<>();
        int turn = 0;
        for (ApprovalRule rule : rules) {
            if (rule.parallel()) {
                turn++;
            }
            for (String role : rule.roles()) {
                if (!rule.parallel()) {
                    turn++;
                }
                steps.add(new Review.Step(steps.size() + 1, turn, rule.name(), role, rule.creditCheck(), StepStatus.PENDING));
            }
        }
        if (steps.isEmpty()) {
            // a matrix that asks nobody must not let an order through unchecked
            steps.add(new Review.Step(1, 1, FALLBACK_RULE, FALLBACK_ROLE, true, StepStatus.PENDING));
        }
        return steps;
    }

    static boolean applies(ApprovalRule rule, OrderFacts order) {
        boolean customerOrder = order.type() == OrderType.CUSTOMER;
        return switch (rule.condition()) {
            case CUSTOMER_ORDER -> customerOrder;
            case JOINT_REVIEW -> customerOrder && (rule.amountAbove() != null
                    && order.total().amount().compareTo(rule.amountAbove()) > 0 || hasSpecialTerms(order));
            case EXCEPTIONAL -> order.shipBeforePayment() || order.policyException()
                    || order.flags().stream().anyMatch(f -> IntakeFlag.PRICE_DEVIATES_FROM_LIST.equals(f.code()));
            case CUSTOM -> order.custom();
            case STOCK_UP -> order.type() == OrderType.STOCK_UP;
        };
    }

    /**
     * Special terms (docs/business-rules.md §2.2): payment terms longer than the customer's standard ones, or on-site
     * installation.
     */
    static boolean hasSpecialTerms(OrderFacts order) {
        return order.installation() || leniency(order.terms()) > leniency(order.customerStandardTerms());
    }

    /** How long the customer may wait to pay: the more prepaid the shorter; NET terms by their days. */
    static int leniency(PaymentTerms terms) {
        return switch (terms.kind()) {
            case PREPAY -> -terms.value();
            case PAY_BEFORE_SHIPMENT -> 0;
            case NET -> terms.value() + 1;
        };
    }
}
