package io.orderflow.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

    @Test
    void quantitiesCompareByValue() {
        assertEquals(new Quantity(new BigDecimal("100"), "PCS"), new Quantity(new BigDecimal("100.00"), "PCS"));
        assertTrue(Quantity.of(1, "PCS").isPositive());
        assertFalse(Quantity.of(0, "PCS").isPositive());
        assertThrows(IllegalArgumentException.class, () -> new Quantity(null, "PCS"));
        assertThrows(IllegalArgumentException.class, () -> new Quantity(BigDecimal.ONE, " "));
    }

    @Test
    void productCodesFollowTheFormat() {
        assertEquals("LED-LAMP", new ProductCode("LED-LAMP").value());
        assertTrue(ProductCode.isValid("A1.B_2"));
        assertFalse(ProductCode.isValid("led-lamp"));
        assertFalse(ProductCode.isValid("-LAMP"));
        assertThrows(IllegalArgumentException.class, () -> new ProductCode("LED LAMP"));
    }

    @Test
    void customerRefAndAddressRequireTheirFields() {
        assertThrows(IllegalArgumentException.class, () -> new CustomerRef(" "));
        assertThrows(IllegalArgumentException.class, () -> new Address("", null, "Shenzhen", "518000", "CN"));
        assertThrows(IllegalArgumentException.class, () -> new Address("1 Road", null, "Shenzhen", "518000", "CHN"));
        assertEquals("CN", new Address("1 Road", null, "Shenzhen", null, "CN").country());
    }

    @Test
    void actingRoleIsTheFirstHeldAllowedRoleThenAdmin() {
        Actor rep = new Actor("ann", Set.of(Roles.SALES_REP, Roles.SALES_ASSISTANT));
        assertEquals(Roles.SALES_ASSISTANT, rep.actingRole(Roles.SALES_ASSISTANT, Roles.SALES_REP));
        Actor admin = new Actor("root", Set.of(Roles.ADMIN));
        assertEquals(Roles.ADMIN, admin.actingRole(Roles.SALES_REP));
        assertEquals(null, new Actor("bob", Set.of(Roles.WAREHOUSE)).actingRole(Roles.SALES_REP));
        assertFalse(Roles.BUSINESS.contains(Roles.ADMIN));
    }
}
