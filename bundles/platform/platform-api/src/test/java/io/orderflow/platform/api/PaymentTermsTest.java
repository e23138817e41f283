package io.orderflow.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PaymentTermsTest {

    @Test
    void readsTheFourFormsAndWritesThemBack() {
        assertEquals(new PaymentTerms(PaymentTerms.Kind.PREPAY, 100), PaymentTerms.parse("PREPAY_100"));
        assertEquals(new PaymentTerms(PaymentTerms.Kind.PREPAY, 30), PaymentTerms.parse("PREPAY_30"));
        assertEquals(new PaymentTerms(PaymentTerms.Kind.PAY_BEFORE_SHIPMENT, 0), PaymentTerms.parse("PAY_BEFORE_SHIPMENT"));
        assertEquals(new PaymentTerms(PaymentTerms.Kind.NET, 30), PaymentTerms.parse("NET30"));
        for (String code : new String[] {"PREPAY_100", "PREPAY_5", "PAY_BEFORE_SHIPMENT", "NET0", "NET90"}) {
            assertEquals(code, PaymentTerms.parse(code).code());
        }
    }

    @Test
    void onlyNetTermsAreCredit() {
        assertTrue(PaymentTerms.parse("NET45").isCredit());
        assertFalse(PaymentTerms.parse("PREPAY_30").isCredit());
        assertFalse(PaymentTerms.parse("PAY_BEFORE_SHIPMENT").isCredit());
    }

    @Test
    void refusesEverythingElse() {
        for (String bad : new String[] {null, "", "NET", "NET-5", "NET1000", "PREPAY_0", "PREPAY_101", "PREPAY30", "prepay_30"}) {
            assertThrows(IllegalArgumentException.class, () -> PaymentTerms.parse(bad), String.valueOf(bad));
        }
    }
}
