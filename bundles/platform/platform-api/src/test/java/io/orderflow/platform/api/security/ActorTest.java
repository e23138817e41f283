package io.orderflow.platform.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.platform.api.error.ForbiddenException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void aBusinessStepTakesARoleTheActorHolds() {
        Actor tess = new Actor("tess", Set.of(Roles.SALES_ASSISTANT, Roles.SALES_MANAGER));
        assertEquals(Roles.SALES_MANAGER, tess.requireRole("holding an order", Roles.SALES_MANAGER));
        assertEquals(Roles.SALES_ASSISTANT, tess.requireRole("a change", Roles.SALES_REP, Roles.SALES_ASSISTANT));
        assertEquals("moving stock takes the role warehouse", assertThrows(ForbiddenException.class,
                () -> tess.requireRole("moving stock", Roles.WAREHOUSE)).getMessage());
    }

    @Test
    void adminHoldsNoBusinessRoleByItself() {
        Actor admin = new Actor("admin", Set.of(Roles.ADMIN));
        assertThrows(ForbiddenException.class, () -> admin.requireRole("moving stock", Roles.WAREHOUSE));
    }

    @Test
    void onlyTheSystemItselfWorksWithoutARole() {
        assertNull(Actor.SYSTEM.requireRole("moving stock", Roles.WAREHOUSE));
        Actor namedSystem = new Actor("system", Set.of());
        assertEquals(Actor.SYSTEM, namedSystem, "equal as records");
        assertThrows(ForbiddenException.class, () -> namedSystem.requireRole("moving stock", Roles.WAREHOUSE));
    }
}
