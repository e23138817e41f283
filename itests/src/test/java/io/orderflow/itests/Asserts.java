package io.orderflow.itests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Text assertions that name both sides when they fail. */
public final class Asserts {

    private Asserts() {
    }

    public static void assertContains(String text, String expected) {
        assertTrue("expected to contain <" + expected + "> but was:\n" + text, text != null && text.contains(expected));
    }

    public static void assertNotContains(String text, String unexpected) {
        assertFalse("expected not to contain <" + unexpected + "> but was:\n" + text, text.contains(unexpected));
    }
}
