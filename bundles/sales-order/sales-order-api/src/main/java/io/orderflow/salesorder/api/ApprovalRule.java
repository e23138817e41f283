package io.orderflow.salesorder.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One rule of the approval matrix: when its condition holds for an order, its roles must approve it.
 *
 * @param name        e.g. {@code joint-review}; the configuration is {@code orderflow.sales-order.approval-rule~<name>}
 * @param condition   when the rule applies
 * @param roles       who approves, in this order (or in any order when {@code parallel})
 * @param rank        rules apply in ascending rank
 * @param parallel    the roles may decide in any order
 * @param creditCheck an approval under this rule is refused while the customer's exposure exceeds the credit limit
 * @param amountAbove for {@link Condition#JOINT_REVIEW}: the order amount above which it applies, null otherwise
 */
public record ApprovalRule(String name, Condition condition, List<String> roles, int rank, boolean parallel,
                           boolean creditCheck, BigDecimal amountAbove) {

    /** When a rule applies (docs/business-rules.md §2.2). */
    public enum Condition {
        /** Every customer order (not stock-up). */
        CUSTOMER_ORDER,
        /** A customer order above the amount, or with special terms: longer than the customer's standard, or installation. */
        JOINT_REVIEW,
        /** A price off the list, a policy exception, or shipping before payment. */
        EXCEPTIONAL,
        /** A custom (non-standard) product. */
        CUSTOM,
        /** An internal build-ahead. */
        STOCK_UP
    }
}
