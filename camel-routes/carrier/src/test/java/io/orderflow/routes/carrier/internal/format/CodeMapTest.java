package io.orderflow.routes.carrier.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.logistics.api.Milestone;
import io.orderflow.logistics.api.TrackingFlag;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.routes.carrier.internal.profile.PayloadFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CodeMapTest {

    private static CodeMap.Mapping mapping(Milestone milestone, TrackingFlag... flags) {
        return new CodeMap.Mapping(milestone, Set.of(flags));
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void everyFormatHasAValidDefaultMapThatKnowsDelivered(PayloadFormat format) {
        CodeMap codes = CodeMap.defaults(format);   // a bad entry in a default file fails here
        String delivered = switch (format) {
            case ORDERFLOW_JSON -> "delivered";
            case EASYPOST -> "delivered";
            case AFTERSHIP -> "Delivered";
        };
        assertEquals(Milestone.DELIVERED, codes.map(delivered).milestone());
    }

    @Test
    void easyPostDetailsSayMoreThanTheirStatusOrFallBackToIt() {
        CodeMap codes = CodeMap.defaults(PayloadFormat.EASYPOST);
        assertEquals(mapping(Milestone.DELIVERY_ATTEMPTED), codes.map("failure"));
        assertEquals(mapping(Milestone.IN_TRANSIT, TrackingFlag.DELAYED),
                codes.map("in_transit/weather_delay", "in_transit"));
        assertEquals(mapping(Milestone.DELIVERY_ATTEMPTED, TrackingFlag.REFUSED),
                codes.map("failure/refused", "failure"));
        assertEquals(mapping(Milestone.IN_TRANSIT), codes.map("in_transit/arrived_at_facility", "in_transit"));
        assertEquals(mapping(Milestone.LOST_OR_DAMAGED), codes.map("failure/lost", "failure"));
    }

    @Test
    void afterShipSubtagsSayMoreThanTheirTagOrFallBackToIt() {
        CodeMap codes = CodeMap.defaults(PayloadFormat.AFTERSHIP);
        assertEquals(mapping(Milestone.RETURNED), codes.map("Exception_011", "Exception"));
        assertEquals(mapping(Milestone.IN_TRANSIT, TrackingFlag.ON_HOLD, TrackingFlag.DELAYED),
                codes.map("Exception_004", "Exception"));
        assertEquals(mapping(Milestone.DELIVERY_ATTEMPTED, TrackingFlag.ADDRESS_ISSUE),
                codes.map("Exception_007", "Exception"));
        assertEquals(mapping(Milestone.IN_TRANSIT, TrackingFlag.DELAYED), codes.map("Exception_099", "Exception"));
        assertEquals(mapping(Milestone.DELIVERED), codes.map("Delivered_003", "Delivered"));
    }

    @Test
    void anUnmappedCodeIsUnknownAndMovesNothing() {
        CodeMap codes = CodeMap.defaults(PayloadFormat.EASYPOST);
        assertEquals(CodeMap.Mapping.UNKNOWN, codes.map("teleported"));
        assertEquals(CodeMap.Mapping.UNKNOWN, codes.map("teleported/beamed", "teleported"));
        assertEquals(CodeMap.Mapping.UNKNOWN, codes.map("IN_TRANSIT"));   // codes match exactly, case included
    }

    @Test
    void aProfilesEntriesReplaceAndAddToTheDefaults() {
        CodeMap codes = CodeMap.defaults(PayloadFormat.AFTERSHIP)
                .overlay("Exception_009=RETURNED", " SF_50 = OUT_FOR_DELIVERY+DELAYED ");
        assertEquals(mapping(Milestone.RETURNED), codes.map("Exception_009"));
        assertEquals(mapping(Milestone.OUT_FOR_DELIVERY, TrackingFlag.DELAYED), codes.map("SF_50"));
        assertEquals(mapping(Milestone.IN_TRANSIT), codes.map("InTransit"));
        // the defaults themselves are untouched
        assertEquals(mapping(Milestone.IN_TRANSIT, TrackingFlag.ON_HOLD),
                CodeMap.defaults(PayloadFormat.AFTERSHIP).map("Exception_009"));
    }

    @Test
    void everyBadEntryIsOneProblemNamingItsIndex() {
        List<FieldProblem> problems = CodeMap.problems("codeMap",
                "in_transit=IN_TRANSIT",
                "delivered",
                "picked up=PICKED_UP",
                "lost=GONE",
                "late=IN_TRANSIT+LATE",
                "held=IN_TRANSIT+ON_HOLD+ON_HOLD",
                "in_transit=OUT_FOR_DELIVERY",
                "=DELIVERED",
                "ok=DELIVERED+REFUSED");
        assertEquals(List.of("codeMap[1]", "codeMap[2]", "codeMap[3]", "codeMap[4]", "codeMap[5]", "codeMap[6]",
                "codeMap[7]"), problems.stream().map(FieldProblem::field).toList());
        assertEquals("'delivered' must be code=MILESTONE[+FLAG...]", problems.get(0).problem());
        assertTrue(problems.get(2).problem().startsWith("code 'lost': 'GONE' is not a milestone (UNKNOWN, "),
                problems.get(2).problem());
        assertTrue(problems.get(3).problem().contains("'LATE' is not a flag (DELAYED, ON_HOLD, ADDRESS_ISSUE, REFUSED)"));
        assertEquals("code 'held': flag ON_HOLD is given twice", problems.get(4).problem());
        assertEquals("code 'in_transit' is mapped twice, also in codeMap[0]", problems.get(5).problem());
    }

    @Test
    void noEntriesAreNoProblems() {
        assertEquals(List.of(), CodeMap.problems("codeMap", (String[]) null));
        assertEquals(List.of(), CodeMap.problems("codeMap"));
    }

    @Test
    void anOverlayWithBadEntriesIsRefusedNamingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CodeMap.defaults(PayloadFormat.EASYPOST).overlay("ok=DELIVERED", "bad=NOWHERE"));
        assertTrue(e.getMessage().startsWith("codeMap[1]: code 'bad': 'NOWHERE' is not a milestone"), e.getMessage());
    }
}
