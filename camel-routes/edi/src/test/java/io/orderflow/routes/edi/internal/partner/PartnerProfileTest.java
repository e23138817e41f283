package io.orderflow.routes.edi.internal.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.platform.api.error.FieldProblem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.util.converter.Converters;

/** The partner's document switches as its profile reads them and as they are checked before a change is kept. */
class PartnerProfileTest {

    private static Partner read(Map<String, Object> properties) {
        return PartnerProfile.of(Converters.standardConverter().convert(properties).to(PartnerProfile.Config.class),
                null);
    }

    @Test
    void invoicesAreSentOnlyToAPartnerThatSwitchedThemOnAndASwitchThatIsNotTrueOrFalseIsRefused() {
        Map<String, Object> profile = new HashMap<>(Map.of("partner", "acme", "interchangeId", "ACME",
                "customer", "CUST-B"));
        assertFalse(read(profile).invoices());

        profile.put("invoices", "true");
        assertTrue(read(profile).invoices());
        assertFalse(read(profile).dispatchAdvice());
        assertEquals(List.of(), new PartnerConfigurationCheck(null).check(profile));

        profile.put("invoices", "yes"); // read as false: refused rather than silently off
        assertEquals(List.of("invoices"), new PartnerConfigurationCheck(null).check(profile).stream()
                .map(FieldProblem::field).toList());
    }
}
