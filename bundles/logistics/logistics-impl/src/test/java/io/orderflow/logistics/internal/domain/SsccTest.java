package io.orderflow.logistics.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SsccTest {

    @Test
    void eighteenDigitsWithTheGs1CheckDigit() {
        assertEquals("106141411234567897", Sscc.of(1, "0614141", 123456789L), "the GS1 specification's example");
        assertEquals("006141410000000012", Sscc.of(0, "0614141", 1L), "the serial padded to the digits left");
        assertEquals("369012345670000428", Sscc.of(3, "6901234567", 42L), "a ten-digit prefix leaves six");
    }

    @Test
    void refusesPartsThatDoNotMakeSeventeenDigits() {
        assertThrows(IllegalArgumentException.class, () -> Sscc.of(1, "061414", 1L), "a prefix of six digits");
        assertThrows(IllegalArgumentException.class, () -> Sscc.of(10, "0614141", 1L), "two extension digits");
        assertThrows(IllegalArgumentException.class, () -> Sscc.of(1, "6901234567", 1_000_000L),
                "a serial too long for its prefix");
        assertThrows(IllegalArgumentException.class, () -> Sscc.of(1, "0614141", -1L));
    }
}
