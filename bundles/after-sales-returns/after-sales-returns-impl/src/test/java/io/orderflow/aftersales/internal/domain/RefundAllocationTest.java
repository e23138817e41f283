package io.orderflow.aftersales.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.aftersales.internal.domain.RefundAllocation.Invoiced;
import io.orderflow.aftersales.internal.domain.RefundAllocation.Reversal;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A refund spread over the invoices of the order line, oldest first, never more than is left on them. */
class RefundAllocationTest {

    private static final List<Invoiced> TWO_SHIPMENTS = List.of(
            new Invoiced("INV-2026-000001", 1, new BigDecimal("6")),
            new Invoiced("INV-2026-000001", 2, new BigDecimal("5")),
            new Invoiced("INV-2026-000002", 1, new BigDecimal("4")));

    @Test
    void aLineInvoicedTwiceIsReversedOnTheOlderInvoiceFirst() {
        Map<Integer, BigDecimal> refunded = new LinkedHashMap<>();
        refunded.put(1, new BigDecimal("8"));
        refunded.put(2, new BigDecimal("1"));

        List<Reversal> reversals = RefundAllocation.allocate(refunded, TWO_SHIPMENTS);

        assertEquals(List.of(
                new Reversal("INV-2026-000001", Map.of(1, new BigDecimal("6"), 2, new BigDecimal("1"))),
                new Reversal("INV-2026-000002", Map.of(1, new BigDecimal("2")))), reversals);
    }

    @Test
    void moreThanIsLeftOnTheInvoicesIsRefusedNamingTheLine() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> RefundAllocation.allocate(Map.of(2, new BigDecimal("7")), TWO_SHIPMENTS)).getMessage();
        assertEquals("line 2: 2 of it is not invoiced (or reversed already); a refund credits what was invoiced",
                message);
    }
}
