package io.orderflow.aftersales.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.aftersales.api.ReturnReason;
import io.orderflow.aftersales.api.ReturnStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The return policy's verdict and a return's progress from its lines. */
class ReturnPolicyTest {

    private final ReturnPolicy policy = new ReturnPolicy(30, Set.of(ReturnReason.QUALITY_DEFECT,
            ReturnReason.TRANSIT_DAMAGE, ReturnReason.WRONG_ITEM, ReturnReason.NOT_WANTED));
    private final LocalDate delivered = LocalDate.of(2026, 3, 2);

    @Test
    void thirtyCalendarDaysAfterDeliveryAreInsideTheThirtyFirstIsNot() {
        assertTrue(policy.refusal(ReturnReason.NOT_WANTED, false, delivered, delivered.plusDays(30)).isEmpty());
        assertEquals("the goods were delivered on 2026-03-02, 31 days ago; the return policy takes them back within"
                + " 30 days", policy.refusal(ReturnReason.NOT_WANTED, false, delivered, delivered.plusDays(31))
                .orElseThrow());
    }

    @Test
    void theCompanysQualityAtFaultIsAuthorisedWhateverThePolicySays() {
        assertTrue(policy.refusal(ReturnReason.OTHER, true, delivered, delivered.plusDays(400)).isEmpty());
        assertTrue(policy.refusal(ReturnReason.OTHER, false, delivered, delivered).orElseThrow()
                .contains("does not take goods back for OTHER"));
    }

    @Test
    void aReturnIsClosedOnlyWhenEveryLineCameBackWholeAndHasItsRemedyDone() {
        LineProgress whole = line("10", "10", "10", "10", "10");
        assertEquals(ReturnStatus.CLOSED, LineProgress.statusOf(List.of(whole)));
        assertEquals(ReturnStatus.REMEDYING, LineProgress.statusOf(List.of(whole, line("4", "4", "4", "4", "0"))));
        assertEquals(ReturnStatus.REMEDYING, LineProgress.statusOf(List.of(line("10", "6", "6", "6", "6"))),
                "four still to come back");
        assertEquals(ReturnStatus.INSPECTED, LineProgress.statusOf(List.of(line("10", "6", "6", "0", "0"))));
        assertEquals(ReturnStatus.RECEIVED, LineProgress.statusOf(List.of(line("10", "6", "2", "0", "0"))));
        assertEquals(ReturnStatus.AUTHORIZED, LineProgress.statusOf(List.of(line("10", "0", "0", "0", "0"))));
    }

    private static LineProgress line(String quantity, String received, String inspected, String remedied,
                                     String done) {
        return new LineProgress(new BigDecimal(quantity), new BigDecimal(received), new BigDecimal(inspected),
                new BigDecimal(remedied), new BigDecimal(done));
    }
}
