package io.orderflow.aftersales.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.orderflow.platform.api.error.FieldProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefectSettingsTest {

    private static List<String> faults(Map<String, Object> properties) {
        return new DefectSettings().check(properties).stream().map(FieldProblem::field).toList();
    }

    @Test
    void aRateIsAFractionAndTheMinimumAWholeQuantity() {
        assertEquals(List.of(), faults(Map.of("flagRate", 0.02, "minimumShipped", 50, "service.pid",
                DefectSettings.PID)));
        assertEquals(List.of(), faults(Map.of("flagRate", "0.05", "minimumShipped", "1")));
        assertEquals(List.of("flagRate", "minimumShipped"), faults(Map.of("flagRate", "2%", "minimumShipped", "0")));
        assertEquals(List.of("flagRate"), faults(Map.of("flagRate", 1.5)));
        assertEquals(List.of("flagRate"), faults(Map.of("flagRate", -0.01)));
        assertEquals(List.of("minimumShipped"), faults(Map.of("minimumShipped", "50.5")));
    }
}
