package io.orderflow.routes.edi.internal.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.logistics.api.Milestone;
import io.orderflow.logistics.api.TrackingFlag;
import io.orderflow.platform.api.error.FieldProblem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A carrier partner's status codes: the standard's table, the profile's overlay, and the check of its text. */
class StatusCodesTest {

    @Test
    void theProfilesEntriesOverlayTheStandardCodesAndACodeWithItsReasonWinsOverTheCodeAlone() {
        StatusCodes codes = StatusCodes.defaults(Standard.X12)
                .overlay("D1=DELIVERED, X6/A1 = in_transit+delayed; ZZ=UNKNOWN+ON_HOLD+ADDRESS_ISSUE, AF=IN_TRANSIT");

        assertEquals(new StatusCodes.Meaning(Milestone.IN_TRANSIT, Set.of(TrackingFlag.DELAYED)),
                codes.meaning("X6", "A1"));
        assertEquals(new StatusCodes.Meaning(Milestone.IN_TRANSIT, Set.of()), codes.meaning("X6", "NS"));
        assertEquals(new StatusCodes.Meaning(Milestone.UNKNOWN, Set.of(TrackingFlag.ON_HOLD,
                TrackingFlag.ADDRESS_ISSUE)), codes.meaning("zz", ""));
        assertEquals(Milestone.IN_TRANSIT, codes.meaning("AF", "NS").milestone(), "the partner's entry replaces ours");
        assertEquals(new StatusCodes.Meaning(Milestone.DELIVERY_ATTEMPTED, Set.of(TrackingFlag.REFUSED)),
                codes.meaning("A7", "NS"));
        assertEquals(Milestone.UNKNOWN, codes.meaning("Q9", "").milestone(), "a code nobody mapped moves nothing");
        assertEquals(Milestone.DELIVERED, StatusCodes.defaults(Standard.EDIFACT).meaning("21", "").milestone());
    }

    @Test
    void everyFaultOfTheTextIsNamedAndAProfileWithOneIsRefusedBeforeItIsKept() {
        assertEquals(List.of("'D1' must read code=MILESTONE or code=MILESTONE+FLAG",
                        "'ARRIVED' (for X1) is not one of the milestones " + List.of(Milestone.values()),
                        "'LATE' (for X6) is not one of the flags " + List.of(TrackingFlag.values()),
                        "'TOOLONG' must be a code of 1 to 3 letters or digits, with /reason when it has one"),
                StatusCodes.problems("D1, X1=ARRIVED, X6=IN_TRANSIT+LATE, TOOLONG=DELIVERED"));
        assertThrows(IllegalArgumentException.class, () -> StatusCodes.defaults(Standard.X12).overlay("D1=DONE"));

        Map<String, Object> profile = new HashMap<>(Map.of("partner", "ups", "interchangeId", "UPSN",
                "customer", "CUST-B", "statusCodes", "D1=DELIVERED, X6=IN_TRANSIT+LATE", "timeZone", "Mars/Olympus",
                "proofOfDelivery", "yes"));
        List<FieldProblem> problems = new PartnerConfigurationCheck(null).check(profile);

        assertEquals(List.of("statusCodes", "timeZone", "proofOfDelivery"),
                problems.stream().map(FieldProblem::field).toList());

        profile.putAll(Map.of("statusCodes", "D1=DELIVERED, X6/A1=IN_TRANSIT+DELAYED", "timeZone", "America/Chicago",
                "proofOfDelivery", "true"));
        assertEquals(List.of(), new PartnerConfigurationCheck(null).check(profile));
    }
}
