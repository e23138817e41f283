package io.orderflow.routes.edi.internal.tracking;

import io.orderflow.logistics.api.ZoneSource;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A status's local time and the offset that belongs to it, with where that offset came from: the message named it
 * (an offset, UTC, or a zone such as X12's {@code CT}), the place of the event tells it (a US state, a country with
 * one zone), or the carrier's configured zone is assumed. A naive local time is never taken as UTC.
 */
record EventTime(LocalDateTime local, Integer offsetSeconds, ZoneSource source) {

    static final EventTime NONE = new EventTime(null, null, null);

    /**
     * X12 element 623 (AT707, G6205): the codes that fix the offset (UT, GM and the standard and daylight codes)
     * and those that name a zone whose rules give it (ET, CT, MT, PT, AT, HT). LT (local time) names none.
     */
    private static final Map<String, ZoneId> X12_TIME_CODES = Map.ofEntries(
            Map.entry("UT", ZoneOffset.UTC), Map.entry("GM", ZoneOffset.UTC),
            Map.entry("ES", ZoneOffset.ofHours(-5)), Map.entry("ED", ZoneOffset.ofHours(-4)),
            Map.entry("CS", ZoneOffset.ofHours(-6)), Map.entry("CD", ZoneOffset.ofHours(-5)),
            Map.entry("MS", ZoneOffset.ofHours(-7)), Map.entry("MD", ZoneOffset.ofHours(-6)),
            Map.entry("PS", ZoneOffset.ofHours(-8)), Map.entry("PD", ZoneOffset.ofHours(-7)),
            Map.entry("AS", ZoneOffset.ofHours(-9)), Map.entry("AD", ZoneOffset.ofHours(-8)),
            Map.entry("HS", ZoneOffset.ofHours(-10)),
            Map.entry("ET", ZoneId.of("America/New_York")), Map.entry("CT", ZoneId.of("America/Chicago")),
            Map.entry("MT", ZoneId.of("America/Denver")), Map.entry("PT", ZoneId.of("America/Los_Angeles")),
            Map.entry("AT", ZoneId.of("America/Anchorage")), Map.entry("HT", ZoneId.of("Pacific/Honolulu")));

    /** US states and territories by the zone most of each lies in. */
    private static final Map<String, String> US_STATES = states(Map.of(
            "America/New_York", "CT DE DC FL GA IN KY ME MD MA MI NH NJ NY NC OH PA RI SC VT VA WV",
            "America/Chicago", "AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI",
            "America/Denver", "CO ID MT NM UT WY",
            "America/Phoenix", "AZ",
            "America/Los_Angeles", "CA NV OR WA",
            "America/Anchorage", "AK",
            "Pacific/Honolulu", "HI",
            "America/Puerto_Rico", "PR VI"));

    /** Countries that keep one zone (ISO 3166 alpha-2), as UN/LOCODEs and X12 country codes name them. */
    private static final Map<String, String> COUNTRIES = Map.ofEntries(
            Map.entry("AT", "Europe/Vienna"), Map.entry("BE", "Europe/Brussels"), Map.entry("CH", "Europe/Zurich"),
            Map.entry("CN", "Asia/Shanghai"), Map.entry("CZ", "Europe/Prague"), Map.entry("DE", "Europe/Berlin"),
            Map.entry("DK", "Europe/Copenhagen"), Map.entry("FI", "Europe/Helsinki"), Map.entry("FR", "Europe/Paris"),
            Map.entry("GB", "Europe/London"), Map.entry("GR", "Europe/Athens"), Map.entry("HU", "Europe/Budapest"),
            Map.entry("IE", "Europe/Dublin"), Map.entry("IN", "Asia/Kolkata"), Map.entry("IT", "Europe/Rome"),
            Map.entry("JP", "Asia/Tokyo"), Map.entry("KR", "Asia/Seoul"), Map.entry("LU", "Europe/Luxembourg"),
            Map.entry("NL", "Europe/Amsterdam"), Map.entry("NO", "Europe/Oslo"), Map.entry("PL", "Europe/Warsaw"),
            Map.entry("SE", "Europe/Stockholm"), Map.entry("SG", "Asia/Singapore"), Map.entry("SK", "Europe/Bratislava"));

    /** A time that names its zone by an X12 time code, else its place's zone, else the assumed one. */
    static EventTime x12(LocalDateTime local, String timeCode, Optional<ZoneId> place, ZoneId assumed) {
        ZoneId named = timeCode == null ? null : X12_TIME_CODES.get(timeCode.toUpperCase());
        return named != null ? of(local, named, ZoneSource.OFFSET_GIVEN) : fromPlace(local, place, assumed);
    }

    /** A time with the offset it came with ({@code +0100}, {@code -05}, {@code UTC}, {@code Z}), else as its place. */
    static EventTime withOffset(LocalDateTime local, String offset, Optional<ZoneId> place, ZoneId assumed) {
        Optional<ZoneOffset> given = offset(offset);
        return given.isPresent() ? of(local, given.get(), ZoneSource.OFFSET_GIVEN) : fromPlace(local, place, assumed);
    }

    static EventTime fromPlace(LocalDateTime local, Optional<ZoneId> place, ZoneId assumed) {
        return place.map(zone -> of(local, zone, ZoneSource.INFERRED_FROM_LOCATION))
                .orElseGet(() -> of(local, assumed, ZoneSource.ASSUMED));
    }

    /** The zone of a US state (with country US or none) or of a one-zone country. */
    static Optional<ZoneId> ofPlace(String country, String state) {
        String c = country == null ? "" : country.strip().toUpperCase();
        String s = state == null ? "" : state.strip().toUpperCase();
        if ((c.isEmpty() || c.equals("US") || c.equals("USA")) && US_STATES.containsKey(s)) {
            return Optional.of(ZoneId.of(US_STATES.get(s)));
        }
        return Optional.ofNullable(COUNTRIES.get(c.length() > 2 ? c.substring(0, 2) : c)).map(ZoneId::of);
    }

    /** The zone of a UN/LOCODE's country (its first two letters), when it keeps one. */
    static Optional<ZoneId> ofLocode(String locode) {
        return locode == null || !locode.strip().matches("[A-Za-z]{2}[A-Za-z0-9]{3}") ? Optional.empty()
                : ofPlace(locode.strip().substring(0, 2), null);
    }

    private static EventTime of(LocalDateTime local, ZoneId zone, ZoneSource source) {
        if (local == null) {
            return NONE;
        }
        // in a daylight-saving gap or overlap the earlier offset is taken, as java.time does
        return new EventTime(local, zone.getRules().getOffset(local).getTotalSeconds(), source);
    }

    private static Optional<ZoneOffset> offset(String text) {
        String value = text == null ? "" : text.strip().toUpperCase();
        if (value.equals("UTC") || value.equals("GMT") || value.equals("Z")) {
            return Optional.of(ZoneOffset.UTC);
        }
        if (value.matches("[+-]\\d{2}(:?\\d{2})?")) {
            return Optional.of(ZoneOffset.of(value.length() == 5 ? value.substring(0, 3) + ":" + value.substring(3)
                    : value));
        }
        return Optional.empty();
    }

    private static Map<String, String> states(Map<String, String> byZone) {
        Map<String, String> states = new HashMap<>();
        byZone.forEach((zone, list) -> Arrays.stream(list.split(" ")).forEach(s -> states.put(s, zone)));
        return Map.copyOf(states);
    }
}
