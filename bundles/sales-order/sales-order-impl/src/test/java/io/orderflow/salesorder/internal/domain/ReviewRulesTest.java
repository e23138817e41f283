package io.orderflow.salesorder.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.salesorder.api.ApprovalRule;
import io.orderflow.salesorder.api.ApprovalRule.Condition;
import io.orderflow.salesorder.api.IntakeFlag;
import io.orderflow.salesorder.api.OrderStatus;
import io.orderflow.salesorder.api.OrderType;
import io.orderflow.platform.api.PaymentTerms;
import io.orderflow.salesorder.api.StepStatus;
import io.orderflow.salesorder.internal.domain.OrderStateMachine.Move;
import io.orderflow.salesorder.internal.domain.ReviewPlanner.OrderFacts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The review rules of docs/business-rules.md §2.2 with the default approval matrix, rule by rule. */
class ReviewRulesTest {

    static final List<ApprovalRule> MATRIX = List.of(
            new ApprovalRule("initial-check", Condition.CUSTOMER_ORDER, List.of("sales-assistant"), 10, false, false, null),
            new ApprovalRule("custom-feasibility", Condition.CUSTOM, List.of("production-planner"), 15, false, false, null),
            new ApprovalRule("manager-review", Condition.CUSTOMER_ORDER, List.of("sales-manager"), 20, false, true, null),
            new ApprovalRule("joint-review", Condition.JOINT_REVIEW, List.of("finance", "production-planner"), 30, true,
                    false, new BigDecimal("500000")),
            new ApprovalRule("exceptional", Condition.EXCEPTIONAL, List.of("vp-marketing", "cfo", "president"), 40, false,
                    false, null),
            new ApprovalRule("stock-up", Condition.STOCK_UP, List.of("vp-marketing", "finance", "president"), 10, false,
                    false, null));

    private static OrderFacts order(String total, String terms) {
        return new OrderFacts(OrderType.CUSTOMER, Money.of(total, "CNY"), PaymentTerms.parse(terms),
                PaymentTerms.parse("NET30"), false, false, false, false, List.of());
    }

    private static List<String> roles(OrderFacts facts) {
        return ReviewPlanner.plan(facts, MATRIX).stream().map(Review.Step::role).toList();
    }

    @Test
    void aPlainOrderAtListPricesNeedsTheAssistantAndTheManager() {
        assertEquals(List.of("sales-assistant", "sales-manager"), roles(order("2500.00", "NET30")));
        assertTrue(ReviewPlanner.plan(order("2500.00", "NET30"), MATRIX).get(1).creditCheck());
    }

    @Test
    void aLargeOrderOrSpecialTermsAddTheJointReviewOfFinanceAndPlanner() {
        assertEquals(List.of("sales-assistant", "sales-manager"), roles(order("500000.00", "NET30")), "not above the threshold");
        assertEquals(List.of("sales-assistant", "sales-manager", "finance", "production-planner"), roles(order("500000.01", "NET30")));
        assertEquals(4, roles(order("90000", "NET60")).size(), "terms longer than the customer's standard");
        assertEquals(2, roles(order("90000", "PREPAY_100")).size(), "shorter terms are not special");
        OrderFacts installation = new OrderFacts(OrderType.CUSTOMER, Money.of("90000", "CNY"), PaymentTerms.parse("NET30"),
                PaymentTerms.parse("NET30"), true, false, false, false, List.of());
        assertEquals(List.of("sales-assistant", "sales-manager", "finance", "production-planner"), roles(installation));
    }

    @Test
    void termsAreOrderedFromFullPrepaymentToLongCredit() {
        List<String> ascending = List.of("PREPAY_100", "PREPAY_50", "PREPAY_10", "PAY_BEFORE_SHIPMENT", "NET0", "NET30", "NET60");
        for (int i = 1; i < ascending.size(); i++) {
            assertTrue(ReviewPlanner.leniency(PaymentTerms.parse(ascending.get(i - 1)))
                    < ReviewPlanner.leniency(PaymentTerms.parse(ascending.get(i))), ascending.get(i));
        }
    }

    @Test
    void aPriceOffTheListAPolicyExceptionOrShippingBeforePaymentNeedsVpMarketingCfoAndPresidentInOrder() {
        List<IntakeFlag> deviation = List.of(new IntakeFlag(IntakeFlag.PRICE_DEVIATES_FROM_LIST, "lines[0].unitPrice", "x"));
        OrderFacts deviating = new OrderFacts(OrderType.CUSTOMER, Money.of("100", "CNY"), PaymentTerms.parse("NET30"),
                PaymentTerms.parse("NET30"), false, false, false, false, deviation);
        List<Review.Step> steps = ReviewPlanner.plan(deviating, MATRIX);
        assertEquals(List.of("sales-assistant", "sales-manager", "vp-marketing", "cfo", "president"),
                steps.stream().map(Review.Step::role).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), steps.stream().map(Review.Step::turn).toList(), "one after the other");
        OrderFacts policy = new OrderFacts(OrderType.CUSTOMER, Money.of("100", "CNY"), PaymentTerms.parse("NET30"),
                PaymentTerms.parse("NET30"), false, false, false, true, List.of());
        OrderFacts shipFirst = new OrderFacts(OrderType.CUSTOMER, Money.of("100", "CNY"), PaymentTerms.parse("NET30"),
                PaymentTerms.parse("NET30"), false, false, true, false, List.of());
        assertEquals(5, roles(policy).size());
        assertEquals(5, roles(shipFirst).size());
    }

    @Test
    void aCustomOrderHasThePlannerConfirmFeasibilityBeforeTheManager() {
        OrderFacts custom = new OrderFacts(OrderType.CUSTOMER, Money.of("24000", "CNY"), PaymentTerms.parse("NET30"),
                PaymentTerms.parse("NET30"), false, true, false, false, List.of());
        assertEquals(List.of("sales-assistant", "production-planner", "sales-manager"), roles(custom));
    }

    @Test
    void noRuleOfTheMatrixReviewsAReplacementOrder() {
        // custom and shipped before payment, which would call on the planner and the exceptional review otherwise
        OrderFacts replacement = new OrderFacts(OrderType.REPLACEMENT, Money.of("0", "CNY"),
                PaymentTerms.parse("PREPAY_30"), PaymentTerms.parse("NET30"), true, true, true, false, List.of());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ReviewPlanner.plan(replacement, MATRIX));
        assertEquals("a replacement order is confirmed by the approval of its exchange, never reviewed",
                refused.getMessage());
    }

    @Test
    void aStockUpOrderNeedsVpMarketingFinanceAndPresidentOnly() {
        OrderFacts stockUp = new OrderFacts(OrderType.STOCK_UP, Money.of("900000", "CNY"), PaymentTerms.parse("NET30"),
                PaymentTerms.parse("NET30"), false, false, false, false, List.of());
        assertEquals(List.of("vp-marketing", "finance", "president"), roles(stockUp));
    }

    @Test
    void aMatrixThatAsksNobodyStillLeavesTheManager() {
        List<Review.Step> steps = ReviewPlanner.plan(order("100", "NET30"), List.of());
        assertEquals(List.of("sales-manager"), steps.stream().map(Review.Step::role).toList());
        assertTrue(steps.get(0).creditCheck());
    }

    @Test
    void onlyTheStepsOfTheCurrentTurnAreDueAndParallelOnesInAnyOrder() {
        List<Review.Step> steps = new ArrayList<>(ReviewPlanner.plan(order("600000", "NET30"), MATRIX));
        ConflictException early = assertThrows(ConflictException.class, () -> Review.dueStepOf("sales-manager", steps));
        assertEquals("no step of sales-manager is due on this order; due now: sales-assistant", early.getMessage());
        approve(steps, "sales-assistant");
        approve(steps, "sales-manager");
        assertEquals("production-planner", Review.dueStepOf("production-planner", steps).role(), "either joint role first");
        approve(steps, "production-planner");
        assertEquals(Optional.of(steps.get(2).turn()), Review.currentTurn(steps));
        approve(steps, "finance");
        assertTrue(Review.complete(steps));
        assertEquals(Optional.empty(), Review.currentTurn(steps));
    }

    private static void approve(List<Review.Step> steps, String role) {
        Review.Step step = Review.dueStepOf(role, steps);
        steps.set(step.stepNo() - 1, new Review.Step(step.stepNo(), step.turn(), step.rule(), step.role(),
                step.creditCheck(), StepStatus.APPROVED));
    }

    @Test
    void theCreditCheckAddsThisOrderToOpenReceivablesUnlessFullyPrepaid() {
        Money limit = Money.of("2000000", "CNY");
        assertEquals(Optional.of(Money.of("100000", "CNY")), Credit.excess(Money.of("1900000", "CNY"),
                Money.of("200000", "CNY"), limit, PaymentTerms.parse("NET30")));
        assertEquals(Optional.empty(), Credit.excess(Money.of("1800000", "CNY"), Money.of("200000", "CNY"), limit,
                PaymentTerms.parse("NET30")), "exactly at the limit is fine");
        assertEquals(Optional.empty(), Credit.excess(Money.of("1900000", "CNY"), Money.of("200000", "CNY"), limit,
                PaymentTerms.parse("PREPAY_100")));
        assertEquals(Optional.of(Money.of("100000", "CNY")), Credit.excess(Money.of("1900000", "CNY"),
                Money.of("200000", "CNY"), limit, PaymentTerms.parse("PREPAY_30")), "a partial prepayment is still credit");
    }

    @Test
    void theTermsAskTheirPrepaymentShareAndOtherTermsNone() {
        assertEquals(0, Credit.prepaymentPercent(PaymentTerms.parse("NET30")));
        assertEquals(50, Credit.prepaymentPercent(PaymentTerms.parse("PREPAY_50")));
        assertEquals(100, Credit.prepaymentPercent(PaymentTerms.parse("PREPAY_100")));
        assertEquals(0, Credit.prepaymentPercent(PaymentTerms.parse("PAY_BEFORE_SHIPMENT")));
    }

    @Test
    void theStateMachineNamesWhatIsAllowedWhenAMoveIsNot() {
        OrderStateMachine.require(Move.CANCEL, OrderStatus.IN_PRODUCTION);
        OrderStateMachine.require(Move.RELEASE, OrderStatus.ON_HOLD);
        ConflictException shipped = assertThrows(ConflictException.class,
                () -> OrderStateMachine.require(Move.CANCEL, OrderStatus.SHIPPED));
        assertEquals("cannot cancel an order that is SHIPPED; allowed now: complete", shipped.getMessage());
        assertThrows(ConflictException.class, () -> OrderStateMachine.require(Move.HOLD, OrderStatus.ON_HOLD));
        assertThrows(ConflictException.class, () -> OrderStateMachine.require(Move.CONFIRM, OrderStatus.CANCELLED));
        assertTrue(OrderStateMachine.allowed(OrderStatus.CANCELLED).startsWith("nothing"));
    }

    @Test
    void onlyAnOrderAwaitingShipmentCanLoseItsReservation() {
        assertTrue(OrderStateMachine.allows(Move.LOSE_RESERVATION, OrderStatus.AWAITING_SHIPMENT));
        for (OrderStatus other : OrderStatus.values()) {
            assertEquals(other == OrderStatus.AWAITING_SHIPMENT, OrderStateMachine.allows(Move.LOSE_RESERVATION, other));
        }
        assertTrue(OrderStateMachine.allows(Move.FULLY_RESERVE, OrderStatus.CONFIRMED));
        assertTrue(!OrderStateMachine.allows(Move.FULLY_RESERVE, OrderStatus.CANCELLED));
    }

    @Test
    void anOrderChangesOnlyUntilItShipsAndNeverOnceClosed() {
        for (OrderStatus open : List.of(OrderStatus.PENDING_CONFIRMATION, OrderStatus.CONFIRMED,
                OrderStatus.IN_PRODUCTION, OrderStatus.AWAITING_SHIPMENT, OrderStatus.ON_HOLD)) {
            OrderStateMachine.require(Move.REVISE, open);
        }
        for (OrderStatus closed : List.of(OrderStatus.SHIPPED, OrderStatus.COMPLETED, OrderStatus.REJECTED,
                OrderStatus.CANCELLED)) {
            ConflictException refused = assertThrows(ConflictException.class,
                    () -> OrderStateMachine.require(Move.REVISE, closed));
            assertTrue(refused.getMessage().startsWith("cannot revise an order that is " + closed), refused.getMessage());
        }
    }
}
