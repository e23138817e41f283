package io.orderflow.salesorder.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.logistics.api.OrderStage;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.salesorder.api.OrderStatus;
import io.orderflow.salesorder.internal.domain.OrderStateMachine.Move;
import io.orderflow.salesorder.internal.domain.ShippingStages.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShippingStagesTest {

    private static final Step SHIP = new Step(Move.SHIP, OrderStatus.SHIPPED);
    private static final Step COMPLETE = new Step(Move.COMPLETE, OrderStatus.COMPLETED);

    @Test
    void anOrderWithSomethingStillToShipStaysWhereItIs() {
        assertEquals(List.of(), ShippingStages.steps(OrderStage.OPEN, OrderStatus.AWAITING_SHIPMENT));
    }

    @Test
    void everyLineShippedOrClosedShipsTheOrderAlsoWhileItAwaitsInstallation() {
        assertEquals(List.of(SHIP), ShippingStages.steps(OrderStage.SHIPPED, OrderStatus.AWAITING_SHIPMENT));
        assertEquals(List.of(SHIP),
                ShippingStages.steps(OrderStage.AWAITING_INSTALLATION, OrderStatus.AWAITING_SHIPMENT));
        assertEquals(List.of(), ShippingStages.steps(OrderStage.AWAITING_INSTALLATION, OrderStatus.SHIPPED));
    }

    @Test
    void aCompletedOrderGoesThroughShippedToCompletedOnce() {
        assertEquals(List.of(SHIP, COMPLETE),
                ShippingStages.steps(OrderStage.COMPLETED, OrderStatus.AWAITING_SHIPMENT));
        assertEquals(List.of(COMPLETE), ShippingStages.steps(OrderStage.COMPLETED, OrderStatus.SHIPPED));
        assertEquals(List.of(), ShippingStages.steps(OrderStage.COMPLETED, OrderStatus.COMPLETED));
    }

    @Test
    void theStateMachineTakesEveryStepFromWhereTheStepsStart() {
        assertTrue(OrderStateMachine.allows(Move.SHIP, OrderStatus.AWAITING_SHIPMENT));
        assertTrue(OrderStateMachine.allows(Move.COMPLETE, OrderStatus.SHIPPED));
    }

    @Test
    void aDispatchedOrderIsNeitherCancelledNorRevisedButMayStillBeHeld() {
        ConflictException refused = assertThrows(ConflictException.class,
                () -> OrderStateMachine.require(Move.CANCEL, OrderStatus.AWAITING_SHIPMENT, true));
        assertEquals("cannot cancel an order some of which was dispatched; only a return can change it now",
                refused.getMessage());
        assertThrows(ConflictException.class,
                () -> OrderStateMachine.require(Move.REVISE, OrderStatus.AWAITING_SHIPMENT, true));
        assertFalse(OrderStateMachine.allows(Move.REVISE, OrderStatus.AWAITING_SHIPMENT, true));
        assertTrue(OrderStateMachine.allows(Move.REVISE, OrderStatus.AWAITING_SHIPMENT, false));
        OrderStateMachine.require(Move.HOLD, OrderStatus.AWAITING_SHIPMENT, true);
        OrderStateMachine.require(Move.CANCEL, OrderStatus.AWAITING_SHIPMENT, false);
    }
}
