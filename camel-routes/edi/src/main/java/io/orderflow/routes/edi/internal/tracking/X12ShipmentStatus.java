package io.orderflow.routes.edi.internal.tracking;

import io.orderflow.logistics.api.Milestone;
import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.syntax.Location;
import io.orderflow.routes.edi.internal.syntax.Segment;
import io.orderflow.routes.edi.internal.syntax.TransactionSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An X12 214 as tracking events, one per AT7 status of each LX loop:
 * <ul>
 * <li>tracking number: the loop's L11 with qualifier 2I (tracking number), else the heading's, else B1001 (the
 *     carrier's reference); B1002, the shipment id, is the description's when nothing else describes the status;</li>
 * <li>code: AT701 with its reason AT702 ({@code X6/NS}); an appointment status AT703 with AT704 where AT701 is
 *     absent;</li>
 * <li>time: AT705 and AT706 with the time code AT707 (see {@link EventTime#x12}: UT and the fixed codes give the
 *     offset, ET/CT/MT/PT/AT/HT name a zone whose rules give it, LT and none take the place's zone, MS1, else the
 *     carrier's);</li>
 * <li>location: MS1 city, state and country;</li>
 * <li>signer: 214 has no element for who signed; carriers write it in the loop's K1 remarks. For a status that maps
 *     to DELIVERED, the K1 text (K101 and K102), without a leading "SIGNED BY", "SIGNED:" or "SIGNATURE:", is the
 *     signer; for other statuses the remarks are the description.</li>
 * </ul>
 */
public final class X12ShipmentStatus {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private X12ShipmentStatus() {
    }

    /** @param eventIds names the set among the partner's interchanges, e.g. {@code <ISA13>/<GS06>/<ST02>} */
    public static MappedStatuses map(TransactionSet set, Partner partner, String eventIds, Instant receivedAt) {
        StatusBuilder statuses = new StatusBuilder(partner, eventIds, receivedAt);
        Segment b10 = set.all("B10").stream().findFirst().orElse(null);
        String headingTracking = "";
        Location headingAt = b10 == null ? set.segments().get(0).at(0) : b10.at(1);
        List<Segment> loop = null;
        for (Segment segment : set.segments()) {
            switch (segment.tag()) {
                case "L11" -> {
                    if (loop == null && "2I".equals(segment.get(2)) && headingTracking.isEmpty()) {
                        headingTracking = segment.get(1);
                        headingAt = segment.at(1);
                    } else if (loop != null) {
                        loop.add(segment);
                    }
                }
                case "LX" -> {
                    if (loop != null) {
                        loop(loop, statuses, b10, headingTracking, headingAt, partner);
                    }
                    loop = new ArrayList<>();
                }
                case "SE" -> {
                    // the trailer ends the last loop
                }
                default -> {
                    if (loop != null) {
                        loop.add(segment);
                    }
                }
            }
        }
        if (loop != null) {
            loop(loop, statuses, b10, headingTracking, headingAt, partner);
        }
        return statuses.build();
    }

    private static void loop(List<Segment> loop, StatusBuilder statuses, Segment b10, String headingTracking,
                             Location headingAt, Partner partner) {
        Optional<Segment> tracking = loop.stream().filter(s -> s.tag().equals("L11") && "2I".equals(s.get(2)))
                .findFirst();
        String trackingNumber = tracking.map(s -> s.get(1))
                .orElse(!headingTracking.isEmpty() ? headingTracking : b10 == null ? "" : b10.get(1));
        Location trackingAt = tracking.map(s -> s.at(1)).orElse(headingAt);
        String remarks = loop.stream().filter(s -> s.tag().equals("K1"))
                .map(s -> Stream.of(s.get(1), s.get(2)).filter(t -> !t.isEmpty()).collect(Collectors.joining(" ")))
                .collect(Collectors.joining(" "));
        Segment at7 = null;
        Segment ms1 = null;
        for (Segment segment : loop) {
            if (segment.tag().equals("AT7")) {
                status(at7, ms1, statuses, trackingNumber, trackingAt, remarks, b10, partner);
                at7 = segment;
                ms1 = null;
            } else if (segment.tag().equals("MS1") && at7 != null) {
                ms1 = segment;
            }
        }
        status(at7, ms1, statuses, trackingNumber, trackingAt, remarks, b10, partner);
    }

    private static void status(Segment at7, Segment ms1, StatusBuilder statuses, String trackingNumber,
                               Location trackingAt, String remarks, Segment b10, Partner partner) {
        if (at7 == null) {
            return;
        }
        boolean appointment = at7.get(1).isEmpty();
        String code = appointment ? at7.get(3) : at7.get(1);
        String reason = appointment ? at7.get(4) : at7.get(2);
        String city = ms1 == null ? "" : ms1.get(1);
        String state = ms1 == null ? "" : ms1.get(2);
        String country = ms1 == null ? "" : ms1.get(3);
        EventTime time = at7.get(5).isEmpty() ? EventTime.NONE : EventTime.x12(dateTime(at7.get(5), at7.get(6)),
                at7.get(7), EventTime.ofPlace(country, state), partner.statuses().zone());
        boolean delivered = statuses.meaning(code, reason).milestone() == Milestone.DELIVERED;
        String description = delivered || remarks.isEmpty() ? (b10 == null || b10.get(2).isEmpty() ? ""
                : "shipment " + b10.get(2)) : remarks;
        statuses.add(new StatusBuilder.Status(trackingNumber, trackingAt, code, reason,
                at7.at(appointment ? 3 : 1), time, Stream.of(city, state, country).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(", ")), description, delivered ? signer(remarks) : ""));
    }

    /** CCYYMMDD with HHMM, HHMMSS or HHMMSSd..: the schema checked both. */
    private static LocalDateTime dateTime(String date, String time) {
        LocalTime at = time.length() < 4 ? LocalTime.MIDNIGHT : LocalTime.of(Integer.parseInt(time.substring(0, 2)),
                Integer.parseInt(time.substring(2, 4)), time.length() >= 6 ? Integer.parseInt(time.substring(4, 6)) : 0);
        return LocalDate.parse(date, DATE).atTime(at);
    }

    private static String signer(String remarks) {
        return remarks.replaceFirst("(?i)^\\s*(signed\\s+by|signed\\s*:|signature\\s*:?)\\s*", "");
    }
}
