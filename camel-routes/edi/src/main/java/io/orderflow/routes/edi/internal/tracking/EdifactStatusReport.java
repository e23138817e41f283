package io.orderflow.routes.edi.internal.tracking;

import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.syntax.Location;
import io.orderflow.routes.edi.internal.syntax.Segment;
import io.orderflow.routes.edi.internal.syntax.TransactionSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An EDIFACT IFTSTA as tracking events, one per STS of each consignment (SG4 CNI, its statuses SG5):
 * <ul>
 * <li>tracking number: the status's RFF+CN (the carrier's reference number), else the consignment's number CNI02-1,
 *     else the message's BGM02-1;</li>
 * <li>code: STS02-1 (C555, the status) with the first reason STS03-1 ({@code 21/Z1});</li>
 * <li>time: the status's DTM 334 (status change), else its first DTM; formats 102 (a date), 203, 204, and 303 / 304
 *     whose trailing zone ({@code +0100}, {@code UTC}) is the offset given; otherwise the zone of the status's LOC
 *     (its UN/LOCODE's country, when that keeps one zone) is inferred, else the carrier's is assumed;</li>
 * <li>location: the status's LOC (name and code), else the consignment's first LOC;</li>
 * <li>signer: the status's NAD+CN (consignee) names who took the delivery (C080, else C058); it counts for a status
 *     that maps to DELIVERED;</li>
 * <li>description: C555's status description, else the status's FTX.</li>
 * </ul>
 */
public final class EdifactStatusReport {

    private EdifactStatusReport() {
    }

    /** @param eventIds names the message among the partner's interchanges, e.g. {@code <UNB05>/<UNH01>} */
    public static MappedStatuses map(TransactionSet set, Partner partner, String eventIds, Instant receivedAt) {
        StatusBuilder statuses = new StatusBuilder(partner, eventIds, receivedAt);
        Segment bgm = set.all("BGM").stream().findFirst().orElse(set.segments().get(0));
        Segment cni = null;
        Segment consignmentLoc = null;
        List<Segment> group = null;
        for (Segment segment : set.segments()) {
            String tag = segment.tag();
            if (tag.equals("CNI") || tag.equals("STS") || tag.equals("UNT")) {
                status(group, cni, consignmentLoc, bgm, statuses, partner);
                group = tag.equals("STS") ? new ArrayList<>(List.of(segment)) : null;
                if (tag.equals("CNI")) {
                    cni = segment;
                    consignmentLoc = null;
                }
            } else if (group != null) {
                group.add(segment);
            } else if (tag.equals("LOC") && cni != null && consignmentLoc == null) {
                consignmentLoc = segment;
            }
        }
        status(group, cni, consignmentLoc, bgm, statuses, partner);
        return statuses.build();
    }

    private static void status(List<Segment> group, Segment cni, Segment consignmentLoc, Segment bgm,
                               StatusBuilder statuses, Partner partner) {
        if (group == null) {
            return;
        }
        Segment sts = group.get(0);
        // the status's own segments come before its transport group (TDT ...)
        List<Segment> own = group.stream().takeWhile(s -> !s.tag().equals("TDT")).toList();
        Optional<Segment> reference = first(own, "RFF", s -> "CN".equals(s.get(1, 1)));
        String trackingNumber;
        Location trackingAt;
        if (reference.isPresent()) {
            trackingNumber = reference.get().get(1, 2);
            trackingAt = reference.get().at(1);
        } else if (cni != null && !cni.get(2, 1).isEmpty()) {
            trackingNumber = cni.get(2, 1);
            trackingAt = cni.at(2);
        } else {
            trackingNumber = bgm.get(2, 1);
            trackingAt = bgm.at(2);
        }
        Segment loc = first(own, "LOC", s -> true).orElse(consignmentLoc);
        String place = loc == null ? "" : Stream.of(loc.get(2, 4), loc.get(2, 1).isEmpty() ? ""
                : "(" + loc.get(2, 1) + ")").filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
        Optional<Segment> dtm = first(own, "DTM", s -> "334".equals(s.get(1, 1))).or(() -> first(own, "DTM", s -> true));
        EventTime time = dtm.map(d -> time(d, loc, partner)).orElse(EventTime.NONE);
        String signer = first(own, "NAD", s -> "CN".equals(s.get(1))).map(nad -> !nad.get(4, 1).isEmpty()
                ? nad.get(4, 1) : nad.get(3, 1)).orElse("");
        String description = !sts.get(2, 4).isEmpty() ? sts.get(2, 4)
                : first(own, "FTX", s -> true).map(f -> f.get(4, 1)).orElse("");
        statuses.add(new StatusBuilder.Status(trackingNumber, trackingAt, sts.get(2, 1), sts.get(3, 1), sts.at(2),
                time, place, description, signer));
    }

    /** DTM C507: the value in its format; a value that does not read is no time at all. */
    private static EventTime time(Segment dtm, Segment loc, Partner partner) {
        String value = dtm.get(1, 2);
        String format = dtm.get(1, 3).isEmpty() ? "102" : dtm.get(1, 3);
        Optional<ZoneId> place = loc == null ? Optional.empty() : EventTime.ofLocode(loc.get(2, 1));
        try {
            return switch (format) {
                case "102" -> EventTime.fromPlace(LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE)
                        .atStartOfDay(), place, partner.statuses().zone());
                case "203" -> EventTime.fromPlace(parse(value, "yyyyMMddHHmm"), place, partner.statuses().zone());
                case "204" -> EventTime.fromPlace(parse(value, "yyyyMMddHHmmss"), place, partner.statuses().zone());
                case "303" -> EventTime.withOffset(parse(value.substring(0, 12), "yyyyMMddHHmm"),
                        value.substring(12), place, partner.statuses().zone());
                case "304" -> EventTime.withOffset(parse(value.substring(0, 14), "yyyyMMddHHmmss"),
                        value.substring(14), place, partner.statuses().zone());
                default -> EventTime.NONE;
            };
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return EventTime.NONE;
        }
    }

    private static LocalDateTime parse(String value, String pattern) {
        return LocalDateTime.parse(value, DateTimeFormatter.ofPattern(pattern));
    }

    private static Optional<Segment> first(List<Segment> segments, String tag,
                                           Predicate<Segment> which) {
        return segments.stream().filter(s -> s.tag().equals(tag) && which.test(s)).findFirst();
    }
}
