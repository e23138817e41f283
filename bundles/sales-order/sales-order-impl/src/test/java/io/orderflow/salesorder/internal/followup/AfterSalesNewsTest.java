package io.orderflow.salesorder.internal.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** After-sales' news in the words of the order's timeline, read from the stored payload. */
class AfterSalesNewsTest {

    @Test
    void eachStepOfAReturnReadsAsASentence() {
        assertEquals("Return RET-2026-000001 requested: QUALITY_DEFECT, EXCHANGE asked", AfterSalesNews.words(
                "after-sales/RETURN_REQUESTED", "RET-2026-000001", Map.of("reason", "QUALITY_DEFECT", "remedyAsked",
                        "EXCHANGE")));
        assertEquals("Goods of return RET-2026-000001 (RMA-2026-000004) back into quarantine in WH-SOUTH",
                AfterSalesNews.words("after-sales/RETURN_RECEIVED", "RET-2026-000001", Map.of("rma",
                        "RMA-2026-000004", "warehouse", "WH-SOUTH")));
        assertEquals("Return RET-2026-000001 rejected: the seal is broken", AfterSalesNews.words(
                "after-sales/RETURN_REJECTED", "RET-2026-000001", Map.of("reason", "the seal is broken")));
        assertEquals("after-sales/RETURN_FORWARDED RET-2026-000001", AfterSalesNews.words(
                "after-sales/RETURN_FORWARDED", "RET-2026-000001", Map.of()), "a newer fact shows its type");
    }
}
