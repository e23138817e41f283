package io.orderflow.salesorder.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.Contact;
import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.InvoiceTrigger;
import io.orderflow.salesorder.api.IntakeFlag;
import io.orderflow.salesorder.api.OrderDraft;
import io.orderflow.salesorder.api.OrderDraft.AddressDraft;
import io.orderflow.salesorder.api.OrderDraft.LineDraft;
import io.orderflow.salesorder.api.OrderDraft.MoneyDraft;
import io.orderflow.salesorder.api.OrderType;
import io.orderflow.platform.api.PaymentTerms;
import io.orderflow.masterdata.api.Product;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IntakeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Customer CUST_A = new Customer("CUST-A", "Anhui Bright Homes", "SOUTH",
            new Contact("Li Na", "+86 20 5555 0001", "li.na@example.com"), "zh", Money.of("2000000", "CNY"), "NET30",
            null, InvoiceTrigger.ON_SHIPMENT, "RETAIL");
    private static final Product LED = new Product("LED-LAMP", "LED lamp", "PCS", Money.of("25.00", "CNY"), 3, false,
            "STANDARD");
    private static final Product CRYSTAL = new Product("CRYSTAL-LAMP", "Crystal", "PCS", Money.of("2400.00", "CNY"), 20,
            true, "STANDARD");
    private static final Map<String, Product> PRODUCTS = Map.of(LED.code(), LED, CRYSTAL.code(), CRYSTAL);

    private final IntakeRules rules = new IntakeRules();

    private static LineDraft line(String product, String quantity, String price, String currency, String spec) {
        return new LineDraft(product, spec, quantity == null ? null : new BigDecimal(quantity),
                new MoneyDraft(price, currency));
    }

    private static OrderDraft draft(String terms, String delivery, List<LineDraft> lines) {
        return new OrderDraft("CUST-A", "PO-1001", delivery,
                new AddressDraft("1 Factory Road", null, "Shenzhen", "518000", "CN"), terms, null, null, null, null,
                null, null, lines);
    }

    private static OrderDraft plain() {
        return draft("NET30", "2026-12-20", List.of(line("LED-LAMP", "100", "25.00", "CNY", "4000K")));
    }

    private AcceptedOrder accept(OrderDraft draft) {
        return rules.check(draft, CUST_A, PRODUCTS, TODAY);
    }

    private Map<String, String> problems(OrderDraft draft, Customer customer) {
        ValidationException e = assertThrows(ValidationException.class, () -> rules.check(draft, customer, PRODUCTS, TODAY));
        return e.problems().stream().collect(Collectors.toMap(FieldProblem::field, FieldProblem::problem));
    }

    /** Whatever the channel (the shell, a CSV file, EDI): no escape sequences or line breaks in single-line fields. */
    @Test
    void controlCharactersAreRefusedInEveryChannel() {
        OrderDraft hostile = new OrderDraft("CUST-A", "PO-1001", "2026-12-20",
                new AddressDraft("1 Factory Road", null, "Shen\nzhen", "518000", "CN"), "NET30", null, null, null,
                null, new OrderDraft.PolicyException("agreed by phone:\nsee the call notes"), null,
                List.of(line("LED-LAMP", "100", "25.00", "CNY", "4000K\u001b[2J")));
        Map<String, String> problems = problems(hostile, CUST_A);
        assertEquals(Set.of("deliveryAddress.city", "lines[0].specification"), problems.keySet());
        assertTrue(problems.get("lines[0].specification").contains("U+001B"));
    }

    @Test
    void aCompleteOrderAtListPriceIsAcceptedWithoutFlags() {
        AcceptedOrder order = accept(plain());
        assertEquals(Money.of("2500.00", "CNY"), order.total());
        assertEquals(PaymentTerms.parse("NET30"), order.paymentTerms());
        assertEquals(OrderType.CUSTOMER, order.type());
        assertEquals("PCS", order.lines().get(0).unit());
        assertEquals(Money.of("25", "CNY"), order.lines().get(0).listPrice());
        assertEquals(List.of(), order.flags());
        assertEquals(CUST_A.contact(), order.contact(), "the customer's contact when the order names none");
    }

    @Test
    void everyMissingRequiredFieldIsReportedAtOnce() {
        OrderDraft empty = new OrderDraft(null, " ", null, null, null, null, null, null, null, null, null, null);
        Map<String, String> problems = problems(empty, null);
        assertEquals(Map.of("customerId", "is required", "customerPo", "is required", "requestedDelivery", "is required",
                "deliveryAddress", "is required", "lines", "at least one line is required"), problems);
    }

    @Test
    void lineFieldsAreCheckedWithTheirPaths() {
        OrderDraft draft = draft("NET30", "2026-12-20", List.of(
                new LineDraft(null, null, null, null),
                line("NOPE", "-1", "abc", "CNY", null),
                line("LED-LAMP", "0", "25.00", "EUR", null)));
        Map<String, String> problems = problems(draft, CUST_A);
        assertEquals("is required", problems.get("lines[0].productCode"));
        assertEquals("is required", problems.get("lines[0].quantity"));
        assertEquals("is required", problems.get("lines[0].unitPrice"));
        assertEquals("no product NOPE", problems.get("lines[1].productCode"));
        assertEquals("must be greater than 0", problems.get("lines[1].quantity"));
        assertTrue(problems.get("lines[1].unitPrice.amount").startsWith("must be a decimal amount"));
        assertEquals("must be greater than 0", problems.get("lines[2].quantity"));
        assertEquals("must be CNY, the price list's currency", problems.get("lines[2].unitPrice.currency"));
        assertEquals(8, problems.size(), problems.toString());
    }

    @Test
    void unknownCustomerIsAnError() {
        assertEquals("no customer CUST-A", problems(plain(), null).get("customerId"));
    }

    @Test
    void deliveryDateMustBeADateNotInThePast() {
        assertTrue(problems(draft("NET30", "2026-11-21", plain().lines()), CUST_A).get("requestedDelivery").contains("in the past"));
        assertEquals("must be a date like 2026-12-20",
                problems(draft("NET30", "20.12.2026", plain().lines()), CUST_A).get("requestedDelivery"));
        assertEquals(TODAY, accept(draft("NET30", TODAY.toString(), plain().lines())).requestedDelivery());
    }

    @Test
    void paymentTermsMustFollowTheFourFormsAndDefaultToTheCustomers() {
        for (String bad : List.of("NET", "PREPAY_0", "PREPAY_101", "PAY_LATER", "net30")) {
            assertTrue(problems(draft(bad, "2026-12-20", plain().lines()), CUST_A).containsKey("paymentTerms"), bad);
        }
        for (String good : List.of("PREPAY_100", "PREPAY_30", "PAY_BEFORE_SHIPMENT", "NET60")) {
            assertEquals(good, accept(draft(good, "2026-12-20", plain().lines())).paymentTerms().code());
        }
        assertEquals("NET30", accept(draft(null, "2026-12-20", plain().lines())).paymentTerms().code());
    }

    @Test
    void aDeliveryInsideTheLeadTimeIsFlaggedNotRefused() {
        AcceptedOrder order = accept(draft("NET30", "2026-11-24", plain().lines()));
        IntakeFlag flag = order.flags().get(0);
        assertEquals(IntakeFlag.LEAD_TIME_TOO_SHORT, flag.code());
        assertEquals("requestedDelivery", flag.field());
        assertTrue(flag.detail().contains("earliest delivery 2026-11-25"), flag.detail());
        assertTrue(accept(draft("NET30", "2026-11-25", plain().lines())).flags().isEmpty());
    }

    @Test
    void aPriceOffTheListIsFlaggedAndAmountsCompareByValue() {
        AcceptedOrder deviating = accept(draft("NET30", "2026-12-20", List.of(line("LED-LAMP", "100", "24.50", "CNY", "4000K"))));
        assertEquals(List.of(IntakeFlag.PRICE_DEVIATES_FROM_LIST), deviating.flags().stream().map(IntakeFlag::code).toList());
        assertEquals("lines[0].unitPrice", deviating.flags().get(0).field());
        assertEquals(Money.of("2450", "CNY"), deviating.total());
        assertTrue(accept(draft("NET30", "2026-12-20", List.of(line("LED-LAMP", "100", "25.0", "CNY", "4000K")))).flags().isEmpty());
    }

    @Test
    void aLineWithoutSpecificationIsFlaggedForTheAssistant() {
        AcceptedOrder order = accept(draft("NET30", "2026-12-20", List.of(line("LED-LAMP", "1", "25.00", "CNY", " "))));
        assertEquals(IntakeFlag.SPECIFICATION_MISSING, order.flags().get(0).code());
        assertEquals(null, order.lines().get(0).specification());
    }

    @Test
    void customOrdersNeedProductsThatAllowIt() {
        List<LineDraft> lines = List.of(line("LED-LAMP", "1", "25.00", "CNY", "x"), line("CRYSTAL-LAMP", "2", "2400.00", "CNY", "2700K"));
        OrderDraft custom = new OrderDraft("CUST-A", "PO-9", "2026-12-20", plain().deliveryAddress(), null, null, true,
                null, null, null, null, lines);
        assertEquals("LED-LAMP cannot be ordered as a custom product", problems(custom, CUST_A).get("lines[0].productCode"));
        OrderDraft crystalOnly = new OrderDraft("CUST-A", "PO-9", "2026-12-20", plain().deliveryAddress(), null, null,
                true, true, false, null, null, lines.subList(1, 2));
        AcceptedOrder accepted = accept(crystalOnly);
        assertTrue(accepted.custom());
        assertTrue(accepted.installation());
        assertFalse(accepted.shipBeforePayment());
    }

    @Test
    void typeAddressAndPolicyExceptionAreChecked() {
        OrderDraft draft = new OrderDraft("CUST-A", "PO-1", "2026-12-20", new AddressDraft(" ", null, null, null, "China"),
                null, "INTERNAL", null, null, null, new OrderDraft.PolicyException(" "), null, plain().lines());
        Map<String, String> problems = problems(draft, CUST_A);
        assertEquals("must be CUSTOMER or STOCK_UP", problems.get("type"));
        assertEquals("is required", problems.get("deliveryAddress.line1"));
        assertEquals("is required", problems.get("deliveryAddress.city"));
        assertTrue(problems.get("deliveryAddress.country").startsWith("must be an ISO 3166-1"));
        assertEquals("is required", problems.get("policyException.reason"));

        OrderDraft stockUp = new OrderDraft("CUST-A", "PO-2", "2026-12-20", plain().deliveryAddress(), null, "STOCK_UP",
                null, null, true, new OrderDraft.PolicyException(" urgent launch "), null, plain().lines());
        AcceptedOrder accepted = accept(stockUp);
        assertEquals(OrderType.STOCK_UP, accepted.type());
        assertEquals("urgent launch", accepted.policyException());
        assertTrue(accepted.shipBeforePayment());
    }

    /** Only after-sales places replacements: REST, the shell, CSV and EDI all come through these rules. */
    @Test
    void noChannelTakesInAReplacementOrder() {
        OrderDraft replacement = new OrderDraft("CUST-A", "PO-3", "2026-12-20", plain().deliveryAddress(), null,
                "REPLACEMENT", null, null, null, null, null, plain().lines());
        assertEquals(Map.of("type", "must be CUSTOMER or STOCK_UP"), problems(replacement, CUST_A));
    }

    @Test
    void numbersAndTextsMustFitWhatIsStoredSoNothingIsCutSilently() {
        OrderDraft draft = new OrderDraft("CUST-A", "PO-1", "2032-01-01",
                new AddressDraft("1 Road", null, "C".repeat(101), null, "CN"), null, null, null, null, null, null,
                new Contact("N".repeat(101), null, null), List.of(
                        line("LED-LAMP", "0.00001", "25.00", "CNY", "x"),
                        line("LED-LAMP", "1", "25.12345", "CNY", "x"),
                        line("LED-LAMP", "1", "1000000000000000", "CNY", "x"),
                        line("LED-LAMP", "1", "25.00", "CNY", "S".repeat(501))));
        Map<String, String> problems = problems(draft, CUST_A);
        assertEquals("must be within 5 years from today", problems.get("requestedDelivery"));
        assertEquals("must be at most 100 characters", problems.get("deliveryAddress.city"));
        assertEquals("must be at most 100 characters", problems.get("contact.name"));
        assertEquals("must have at most 4 decimals", problems.get("lines[0].quantity"));
        assertEquals("must have at most 4 decimals", problems.get("lines[1].unitPrice.amount"));
        assertEquals("must be less than 10^15", problems.get("lines[2].unitPrice.amount"));
        assertEquals("must be at most 500 characters", problems.get("lines[3].specification"));
    }

    @Test
    void lineAmountsAreRoundedToTheCurrencysMinorUnitAndAddUpToTheTotal() {
        AcceptedOrder order = accept(draft("NET30", "2026-12-20", List.of(
                line("LED-LAMP", "3", "0.3333", "CNY", "x"), line("LED-LAMP", "0.5", "25.0001", "CNY", "x"))));
        assertEquals("1.00", order.lines().get(0).amount().toPlainString());
        assertEquals("12.50", order.lines().get(1).amount().toPlainString());
        assertEquals(Money.of("13.50", "CNY"), order.total());
    }

    @Test
    void limitsProtectAgainstOversizedInput() {
        OrderDraft longPo = new OrderDraft("CUST-A", "P".repeat(51), "2026-12-20", plain().deliveryAddress(), null, null,
                null, null, null, null, null, plain().lines());
        assertEquals("must be at most 50 characters", problems(longPo, CUST_A).get("customerPo"));
        List<LineDraft> many = new ArrayList<>();
        for (int i = 0; i <= IntakeRules.MAX_LINES; i++) {
            many.add(plain().lines().get(0));
        }
        assertTrue(problems(draft("NET30", "2026-12-20", many), CUST_A).get("lines").startsWith("at most 500 lines"));
        assertTrue(problems(draft("NET30", "2026-12-20", List.of(line("LED-LAMP", "1", "-25.00", "CNY", "x"))), CUST_A)
                .containsKey("lines[0].unitPrice.amount"));
    }
}
