package io.orderflow.logistics.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.orderflow.logistics.api.OrderStage;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderStagesTest {

    private static final BigDecimal SIX = new BigDecimal("6");
    private static final LineProgress ALL_SHIPPED = LineProgress.of(1, SIX).plan(SIX, 0).dispatch(SIX);
    private static final LineProgress HALF_SHIPPED = LineProgress.of(2, SIX).plan(BigDecimal.ONE, 0)
            .dispatch(BigDecimal.ONE);

    @Test
    void anOrderWithABackorderIsOpenWhateverIsSigned() {
        assertEquals(OrderStage.OPEN, OrderStages.of(List.of(ALL_SHIPPED, HALF_SHIPPED), false, false, false));
    }

    @Test
    void shippedUntilTheLastSignOffThenCompleteOrWaitingForItsInstallation() {
        List<LineProgress> lines = List.of(ALL_SHIPPED, HALF_SHIPPED.closeRest());
        assertEquals(OrderStage.SHIPPED, OrderStages.of(lines, true, true, false));
        assertEquals(OrderStage.COMPLETED, OrderStages.of(lines, false, false, false));
        assertEquals(OrderStage.AWAITING_INSTALLATION, OrderStages.of(lines, false, true, false));
        assertEquals(OrderStage.COMPLETED, OrderStages.of(lines, false, true, true));
    }
}
