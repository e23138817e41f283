package io.orderflow.finance.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.finance.api.ExpenseCategory;
import io.orderflow.finance.api.ExpenseClaim.Step;
import io.orderflow.finance.api.ExpenseClaimDraft;
import io.orderflow.finance.api.ExpenseDecision;
import io.orderflow.finance.internal.domain.ExpenseChain.ClaimLine;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.rest.FileTypes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpenseChainTest {

    private static final ExpenseChain CHAIN = new ExpenseChain(new BigDecimal("5000"), "CNY");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");

    private static ClaimLine line(int no, String amount, String approved) {
        return new ClaimLine(no, new BigDecimal(amount), new BigDecimal(approved), null);
    }

    @Test
    void theStepsRunManagerSupervisorFinanceAndThePresidentOnlyAboveTheLimitOrInAnotherCurrency() {
        assertEquals(Step.SUPERVISOR, CHAIN.next(Step.MANAGER, new BigDecimal("9000"), "CNY"));
        assertEquals(Step.FINANCE, CHAIN.next(Step.SUPERVISOR, new BigDecimal("9000"), "CNY"));
        assertNull(CHAIN.next(Step.FINANCE, new BigDecimal("5000.00"), "CNY"), "at the limit: finance is the last");
        assertEquals(Step.PRESIDENT, CHAIN.next(Step.FINANCE, new BigDecimal("5000.01"), "CNY"));
        assertEquals(Step.PRESIDENT, CHAIN.next(Step.FINANCE, new BigDecimal("10.00"), "USD"), "no conversion");
        assertNull(CHAIN.next(Step.PRESIDENT, new BigDecimal("9000"), "CNY"));
    }

    @Test
    void aPartialSanctionLowersLinesWithAReasonAndTheApprovedTotalIsTheirExactSum() {
        List<ClaimLine> lines = List.of(line(1, "350.00", "350.00"), line(2, "4800.10", "4800.10"),
                line(3, "0.05", "0.05"));
        assertTrue(CHAIN.presidentDecides(ExpenseChain.total(lines, true), "CNY"));
        List<ClaimLine> after = ExpenseChain.sanction(lines, List.of(new ExpenseDecision.Line(2,
                new BigDecimal("4649.95"), "hotel over the city rate")), "CNY");
        assertEquals(new BigDecimal("5000.00"), ExpenseChain.total(after, true));
        assertEquals(new BigDecimal("5150.15"), ExpenseChain.total(after, false));
        assertEquals("hotel over the city rate", after.get(1).note());
        assertFalse(CHAIN.presidentDecides(ExpenseChain.total(after, true), "CNY"), "sanctioned down to the limit");

        assertEquals(List.of(new FieldProblem("lines[0].approvedAmount", "must be less than the 4649.95 CNY line 2 is"
                        + " approved at so far: a line is only reduced"), new FieldProblem("lines[1].reason",
                        "is required"), new FieldProblem("lines[2].approvedAmount", "CNY amounts have 2 decimals at"
                        + " most, got 1.001"), new FieldProblem("lines[3].lineNo", "the claim has no line 9")),
                assertThrows(ValidationException.class, () -> ExpenseChain.sanction(after, List.of(
                        new ExpenseDecision.Line(2, new BigDecimal("4700"), "more"),
                        new ExpenseDecision.Line(1, new BigDecimal("300"), " "),
                        new ExpenseDecision.Line(3, new BigDecimal("1.001"), "x"),
                        new ExpenseDecision.Line(9, BigDecimal.ONE, "x")), "CNY")).problems());
        assertEquals(List.of(new FieldProblem("lines", "nothing would be left approved: reject the claim instead")),
                assertThrows(ValidationException.class, () -> ExpenseChain.sanction(List.of(line(1, "10", "10")),
                        List.of(new ExpenseDecision.Line(1, BigDecimal.ZERO, "not a business expense")), "CNY"))
                        .problems());
    }

    @Test
    void aResubmissionKeepsWhatEarlierStepsCutAndTakesNewLinesInFull() {
        List<ClaimLine> before = List.of(line(1, "350.00", "300.00"), line(2, "80.00", "80.00"));
        List<ClaimLine> after = ExpenseChain.resubmitted(before, List.of(new BigDecimal("320.00"),
                new BigDecimal("90.00"), new BigDecimal("15.00")));
        assertEquals(List.of("300.00", "90.00", "15.00"), after.stream().map(l -> l.approved().toPlainString())
                .toList(), "line 1 stays cut at 300; line 2 was not cut; line 3 is new");
        assertEquals(new BigDecimal("250.00"), ExpenseChain.resubmitted(before, List.of(new BigDecimal("250.00")))
                .get(0).approved(), "corrected below the cut");
    }

    @Test
    void aClaimsLinesAreCheckedAllAtOnce() {
        ExpenseClaimDraft draft = new ExpenseClaimDraft(List.of(
                new ExpenseClaimDraft.Line(TODAY.plusDays(1), ExpenseCategory.TRAVEL, "Train", new BigDecimal("10"),
                        "CNY"),
                new ExpenseClaimDraft.Line(TODAY, null, " ", new BigDecimal("0"), "USD")));
        assertEquals(List.of("lines[0].date", "lines[1].category", "lines[1].description", "lines[1].currency",
                "lines[1].amount"), assertThrows(ValidationException.class, () -> ExpenseChain.check(draft, TODAY))
                .problems().stream().map(FieldProblem::field).toList());
        assertEquals("JPY", ExpenseChain.check(new ExpenseClaimDraft(List.of(new ExpenseClaimDraft.Line(TODAY,
                ExpenseCategory.MEALS, "Lunch", new BigDecimal("1200"), "JPY"))), TODAY));
    }

    @Test
    void aReceiptsTypeIsWhatItsFirstBytesShow() {
        assertEquals(FileTypes.PDF, FileTypes.sniff("%PDF-1.7\n...".getBytes()));
        assertEquals(FileTypes.JPEG, FileTypes.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
        assertEquals(FileTypes.PNG, FileTypes.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
        assertNull(FileTypes.sniff("Total: 350 CNY, a PDF in name only".getBytes()));
        assertNull(FileTypes.sniff(new byte[0]));
    }
}
