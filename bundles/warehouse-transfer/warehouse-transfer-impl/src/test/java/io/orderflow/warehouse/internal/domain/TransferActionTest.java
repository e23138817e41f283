package io.orderflow.warehouse.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.platform.api.security.Roles;
import io.orderflow.warehouse.api.TransferStatus;
import io.orderflow.warehouse.internal.domain.TransferAction.Step;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransferActionTest {

    @Test
    void aManagerThenTheDirectorApproveAndEitherMayRejectForARecount() {
        assertEquals(Optional.of(new Step(Roles.SALES_MANAGER, TransferStatus.MANAGER_APPROVED)),
                TransferAction.APPROVE.at(TransferStatus.PROPOSED));
        assertEquals(Optional.of(new Step(Roles.SALES_DIRECTOR, TransferStatus.APPROVED)),
                TransferAction.APPROVE.at(TransferStatus.MANAGER_APPROVED));
        assertEquals(Optional.of(new Step(Roles.SALES_DIRECTOR, TransferStatus.RECOUNT_REQUIRED)),
                TransferAction.REJECT.at(TransferStatus.MANAGER_APPROVED));
        assertEquals(Optional.of(new Step(Roles.WAREHOUSE, TransferStatus.RECOUNTED)),
                TransferAction.RECOUNT.at(TransferStatus.RECOUNT_REQUIRED));
    }

    @Test
    void theWarehousePicksShipsAndReceivesInThatOrderOnly() {
        TransferStatus status = TransferStatus.APPROVED;
        for (TransferAction action : new TransferAction[] {TransferAction.PICK, TransferAction.SHIP,
                TransferAction.RECEIVE}) {
            Step step = action.at(status).orElseThrow();
            assertEquals(Roles.WAREHOUSE, step.role());
            status = step.next();
        }
        assertEquals(TransferStatus.RECEIVED, status);
        assertTrue(TransferAction.SHIP.at(TransferStatus.APPROVED).isEmpty());
        assertTrue(TransferAction.PICK.at(TransferStatus.PROPOSED).isEmpty());
    }

    @Test
    void closedRequestsTakeNoActionAtAll() {
        for (TransferStatus closed : EnumSet.of(TransferStatus.RECEIVED, TransferStatus.RECOUNTED)) {
            for (TransferAction action : TransferAction.values()) {
                assertTrue(action.at(closed).isEmpty(), action + " at " + closed);
            }
        }
        assertEquals("PROPOSED or MANAGER_APPROVED", TransferAction.APPROVE.allowedAt());
    }
}
