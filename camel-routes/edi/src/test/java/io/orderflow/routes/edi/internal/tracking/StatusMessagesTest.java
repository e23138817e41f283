package io.orderflow.routes.edi.internal.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.orderflow.logistics.api.Milestone;
import io.orderflow.logistics.api.TrackingEvent;
import io.orderflow.logistics.api.TrackingFlag;
import io.orderflow.logistics.api.ZoneSource;
import io.orderflow.routes.edi.internal.partner.Acknowledgement;
import io.orderflow.routes.edi.internal.partner.Delimiters;
import io.orderflow.routes.edi.internal.partner.DuplicatePolicy;
import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.partner.Standard;
import io.orderflow.routes.edi.internal.partner.StatusCodes;
import io.orderflow.routes.edi.internal.partner.StatusSettings;
import io.orderflow.routes.edi.internal.partner.Strictness;
import io.orderflow.routes.edi.internal.partner.Transport;
import io.orderflow.routes.edi.internal.syntax.EdiReader;
import io.orderflow.routes.edi.internal.syntax.Interchange;
import io.orderflow.routes.edi.internal.syntax.TransactionSet;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Carriers' status messages read strictly against our 214 and IFTSTA schemas and mapped to logistics' tracking
 * events: milestones through the partner's code map, local times with where their zone came from, places, signers.
 */
class StatusMessagesTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-03T18:00:00Z");
    private static final int EST = -5 * 3600;

    static Partner carrier(Standard standard, String version, String statusCodes, String zone) {
        boolean x12 = standard == Standard.X12;
        return new Partner("ups", standard, version, x12 ? "ZZ" : "14", x12 ? "SENDERID" : "CARRIERGLN",
                x12 ? "ZZ" : "14", x12 ? "RECEIVERID" : "RECEIVERGLN", "CUST-B",
                x12 ? Acknowledgement.X12_997 : Acknowledgement.CONTRL, false, DuplicatePolicy.REJECT,
                Strictness.STRICT, x12 ? Delimiters.X12 : Delimiters.EDIFACT, Transport.FOLDER, false, false,
                new StatusSettings(StatusCodes.defaults(standard).overlay(statusCodes), ZoneId.of(zone), true));
    }

    /** The sample's one set, read strictly: no error and no warning, so every segment met our schema. */
    static TransactionSet readClean(String sample) throws Exception {
        List<Interchange> read = new EdiReader().read(bytes(sample), Strictness.STRICT);
        assertEquals(1, read.size());
        Interchange interchange = read.get(0);
        assertEquals(List.of(), interchange.errors());
        assertEquals(List.of(), interchange.warnings());
        TransactionSet set = interchange.sets().get(0);
        assertEquals(List.of(), set.errors(), sample);
        return set;
    }

    static byte[] bytes(String sample) throws IOException {
        try (InputStream in = StatusMessagesTest.class.getResourceAsStream("/samples/" + sample)) {
            return in.readAllBytes();
        }
    }

    private static List<Object> summary(TrackingEvent e) {
        return Arrays.asList(e.trackingNumber(), e.code(), e.milestone(), e.flags(), e.localTime(), e.offsetSeconds(),
                e.zoneSource(), e.location(), e.signer());
    }

    @Test
    void an004010ShipmentStatusGivesOneEventPerAt7WithItsTimeZonePlaceAndSigner() throws Exception {
        Partner ups = carrier(Standard.X12, "004010", "AG/A1=IN_TRANSIT+DELAYED", "America/New_York");

        MappedStatuses mapped = X12ShipmentStatus.map(readClean("x12-214-statuses.edi"), ups, "000000701/7001/0001",
                RECEIVED);

        assertEquals(List.of(), mapped.problems());
        List<TrackingEvent> events = mapped.events();
        String parcel = "1Z999AA10123456784";
        assertEquals(List.of(
                Arrays.asList(parcel, "X3/NS", Milestone.INFO_RECEIVED, Set.of(), at("2026-03-02T08:15"), -6 * 3600,
                        ZoneSource.OFFSET_GIVEN, "CHICAGO, IL, US", null),
                Arrays.asList(parcel, "X6/NS", Milestone.IN_TRANSIT, Set.of(), at("2026-03-02T23:00"), EST,
                        ZoneSource.OFFSET_GIVEN, "INDIANAPOLIS, IN, US", null),
                Arrays.asList(parcel, "AG/A1", Milestone.IN_TRANSIT, Set.of(TrackingFlag.DELAYED), at("2026-03-03T06:00"),
                        EST, ZoneSource.INFERRED_FROM_LOCATION, "COLUMBUS, OH, US", null),
                Arrays.asList(parcel, "D1/NS", Milestone.DELIVERED, Set.of(), at("2026-03-03T10:30"), EST,
                        ZoneSource.ASSUMED, null, "J SMITH"),
                Arrays.asList("1Z999AA10123456799", "AF/NS", Milestone.PICKED_UP, Set.of(), at("2026-03-03T09:00"), 0,
                        ZoneSource.OFFSET_GIVEN, "LOUISVILLE, KY, US", null)),
                events.stream().map(StatusMessagesTest::summary).toList());
        TrackingEvent delivered = events.get(3);
        assertEquals(List.of("ups", "000000701/7001/0001/4", true, RECEIVED, "shipment SH-2026-000007"),
                Arrays.asList(delivered.carrier(), delivered.providerEventId(), delivered.proofOfDelivery(),
                        delivered.receivedAt(), delivered.description()));
        assertEquals(Instant.parse("2026-03-03T15:30:00Z"), delivered.instant());
    }

    @Test
    void an005010ShipmentStatusReadsAgainstItsOwnSchemaWithTheNewL11Elements() throws Exception {
        Partner ups = carrier(Standard.X12, "005010", "", "UTC");

        List<TrackingEvent> events = X12ShipmentStatus.map(readClean("x12-214-005010.edi"), ups, "702/7002/0001",
                RECEIVED).events();

        assertEquals(List.of(Arrays.asList("1Z999AA10123456784", "D1/NS", Milestone.DELIVERED, Set.of(),
                        at("2026-03-03T10:30"), -7 * 3600, ZoneSource.OFFSET_GIVEN, "SEATTLE, WA, US", "A JONES")),
                events.stream().map(StatusMessagesTest::summary).toList());
    }

    @Test
    void anIftstaGivesOneEventPerStatusWithItsConsignmentReferenceTimeAndPlace() throws Exception {
        Partner dhl = carrier(Standard.EDIFACT, "D01B", "Z1=OUT_FOR_DELIVERY", "Europe/Berlin");

        MappedStatuses mapped = EdifactStatusReport.map(readClean("edifact-iftsta-statuses.edi"), dhl, "IC0701/1",
                RECEIVED);

        assertEquals(List.of(), mapped.problems());
        List<TrackingEvent> events = mapped.events();
        assertEquals(List.of(
                Arrays.asList("SF1000001", "10", Milestone.IN_TRANSIT, Set.of(), at("2026-03-02T08:00"), 0,
                        ZoneSource.OFFSET_GIVEN, "HAMBURG (DEHAM)", null),
                Arrays.asList("SF1000001", "Z1", Milestone.OUT_FOR_DELIVERY, Set.of(), at("2026-03-03T07:00"), 3600,
                        ZoneSource.INFERRED_FROM_LOCATION, "BERLIN (DEBER)", null),
                Arrays.asList("SF1000001-P1", "21/Z2", Milestone.DELIVERED, Set.of(), at("2026-03-03T15:15"), 3600,
                        ZoneSource.INFERRED_FROM_LOCATION, "HAMBURG (DEHAM)", "ERIKA MUSTERMANN"),
                Arrays.asList("SF1000009", "24", Milestone.UNKNOWN, Set.of(), at("2026-03-03T00:00"), 3600,
                        ZoneSource.ASSUMED, null, null)),
                events.stream().map(StatusMessagesTest::summary).toList());
        assertEquals("OUT FOR DELIVERY", events.get(1).description());
        assertNull(events.get(0).signer());
    }

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }
}
