package io.orderflow.salesorder.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.platform.api.Address;
import io.orderflow.platform.api.Contact;
import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.ProductCode;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.salesorder.api.Channel;
import io.orderflow.salesorder.api.OrderLine;
import io.orderflow.salesorder.api.OrderStatus;
import io.orderflow.salesorder.api.OrderType;
import io.orderflow.salesorder.api.ReplacementRequest;
import io.orderflow.salesorder.api.ReplacementRequest.Line;
import io.orderflow.salesorder.api.SalesOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which lines of which orders may be replaced, and what the replacement order is (domain.md §6). */
class ReplacementRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    private static final Address SITE = new Address("88 Harbour Road", null, "Guangzhou", "510000", "CN");

    /** A shipped customer order: 100 lamps at 20.50 and 4 custom crystal lamps at 2,400 CNY. */
    private static SalesOrder original(OrderType type) {
        return new SalesOrder("SO-2026-000007", OrderStatus.SHIPPED, null, 1, "CUST-A", "PO-7", type, Channel.REST,
                LocalDate.of(2026, 11, 20), SITE, "PREPAY_30", new Contact("Li Na", null, null), true, true, false,
                null, List.of(line(1, "LED-LAMP", "4000K", "100", "20.50"), line(2, "CRYSTAL-LAMP", "gold", "4",
                "2400.00")), Money.of("11650.00", "CNY"), List.of(), List.of(), "sam",
                Instant.parse("2026-11-02T08:00:00Z"), Instant.parse("2026-11-02T10:00:00Z"),
                Instant.parse("2026-11-02T09:00:00Z"));
    }

    private static OrderLine line(int no, String product, String spec, String quantity, String price) {
        Money unitPrice = Money.of(price, "CNY");
        return new OrderLine(no, new ProductCode(product), spec, new BigDecimal(quantity), "pcs", unitPrice, unitPrice,
                unitPrice.times(new BigDecimal(quantity)));
    }

    private static ReplacementRequest request(Line... lines) {
        return new ReplacementRequest("RMA-2026-000001", "SO-2026-000007", List.of(lines));
    }

    private static Line replace(int lineNo, String quantity) {
        return new Line(lineNo, new BigDecimal(quantity));
    }

    private static Map<String, String> problems(Runnable call) {
        return assertThrows(ValidationException.class, call::run).problems().stream()
                .collect(Collectors.toMap(FieldProblem::field, FieldProblem::problem));
    }

    @Test
    void theReplacementSendsTheLinesAgainAtNoChargeToTheSameCustomerOnTheSameTerms() {
        AcceptedOrder replacement = ReplacementRules.replacementOf(original(OrderType.CUSTOMER), true,
                request(replace(2, "1")), TODAY);

        assertEquals(OrderType.REPLACEMENT, replacement.type());
        assertEquals(List.of("CUST-A", "RMA-2026-000001", "PREPAY_30"), List.of(replacement.customerId(),
                replacement.customerPo(), replacement.paymentTerms().code()));
        assertEquals(SITE, replacement.deliveryAddress());
        assertEquals(TODAY, replacement.requestedDelivery());
        assertEquals(Money.zero("CNY"), replacement.total());
        assertTrue(replacement.custom() && replacement.installation() && !replacement.shipBeforePayment());
        assertEquals(List.of(), replacement.flags());
        OrderLine crystal = replacement.lines().get(0);
        assertEquals(1, replacement.lines().size());
        assertEquals(List.of(2, "CRYSTAL-LAMP", "gold", "pcs"), List.of(crystal.lineNo(),
                crystal.productCode().value(), crystal.specification(), crystal.unit()));
        assertEquals(0, BigDecimal.ONE.compareTo(crystal.quantity()));
        assertEquals(List.of(Money.zero("CNY"), Money.zero("CNY")), List.of(crystal.unitPrice(), crystal.amount()));
        assertEquals(Money.of("2400.00", "CNY"), crystal.listPrice(), "the list price says what the goods are worth");
    }

    @Test
    void noMoreThanALineOrderedAndOnlyLinesTheOrderHas() {
        Map<String, String> problems = problems(() -> ReplacementRules.replacementOf(original(OrderType.CUSTOMER),
                true, request(replace(1, "100.5"), replace(3, "1"), replace(2, "4")), TODAY));

        assertEquals(Map.of("lines[0].quantity", "at most 100, what line 1 of SO-2026-000007 ordered",
                "lines[1].lineNo", "order SO-2026-000007 has no line 3"), problems);
    }

    @Test
    void onlyACustomerOrderSomethingOfWhichWasDispatchedHasGoodsToReplace() {
        ConflictException notShipped = assertThrows(ConflictException.class, () -> ReplacementRules.replacementOf(
                original(OrderType.CUSTOMER), false, request(replace(1, "1")), TODAY));
        assertEquals("originalOrder SO-2026-000007: nothing of it was dispatched, so nothing of it can be replaced",
                notShipped.getMessage());
        for (OrderType type : List.of(OrderType.STOCK_UP, OrderType.REPLACEMENT)) {
            ConflictException refused = assertThrows(ConflictException.class, () -> ReplacementRules.replacementOf(
                    original(type), true, request(replace(1, "1")), TODAY));
            assertEquals("originalOrder SO-2026-000007 is a " + type + " order; only goods of a customer order are"
                    + " replaced", refused.getMessage());
        }
    }

    @Test
    void theRequestNamesItsRmaItsOrderAndEachLineOnceWithAQuantity() {
        Map<String, String> problems = problems(() -> ReplacementRules.check(new ReplacementRequest(
                "RMA-" + "9".repeat(60), " ", List.of(replace(1, "0"), replace(1, "2"), new Line(2, null)))));

        assertEquals(Map.of("rma", "must be at most 60 characters", "originalOrder", "is required",
                "lines[0].quantity", "must be greater than 0", "lines[1].lineNo", "line 1 is named twice",
                "lines[2].quantity", "is required"), problems);
        assertEquals(Map.of("rma", "is required", "originalOrder", "is required", "lines",
                "at least one line of the original order is required"),
                problems(() -> ReplacementRules.check(new ReplacementRequest(null, null, null))));
    }

    @Test
    void aReplacementAnswersOnlyTheRequestThatMadeIt() {
        SalesOrder original = original(OrderType.CUSTOMER);
        AcceptedOrder accepted = ReplacementRules.replacementOf(original, true, request(replace(1, "10")), TODAY);
        SalesOrder placed = new SalesOrder("SO-2026-000031", OrderStatus.CONFIRMED, null, 1, accepted.customerId(),
                accepted.customerPo(), accepted.type(), Channel.AFTER_SALES, TODAY, SITE, "PREPAY_30", null, true,
                true, false, null, accepted.lines(), accepted.total(), List.of(), List.of(), "dora", null, null, null,
                "RMA-2026-000001", original.number());

        assertTrue(ReplacementRules.answers(placed, request(replace(1, "10.000"))));
        assertFalse(ReplacementRules.answers(placed, request(replace(1, "9"))));
        assertFalse(ReplacementRules.answers(placed, request(replace(2, "10"))));
        assertFalse(ReplacementRules.answers(placed, request(replace(1, "10"), replace(2, "1"))));
        assertFalse(ReplacementRules.answers(placed, new ReplacementRequest("RMA-2026-000001", "SO-2026-000008",
                List.of(replace(1, "10")))));
    }
}
