package io.orderflow.routes.edi.internal.partner;

import io.orderflow.logistics.api.Milestone;
import io.orderflow.logistics.api.TrackingFlag;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A carrier's status codes as milestones and flags: the standard's usual codes, overlaid by the partner profile's
 * {@code statusCodes}, e.g. {@code D1=DELIVERED, X6/A1=IN_TRANSIT+DELAYED, ZZ=UNKNOWN+ON_HOLD}. A key is a status code
 * or a status code with its reason ({@code code/reason}); the more specific one wins. A code without an entry is
 * {@link Milestone#UNKNOWN}, which moves nothing.
 */
public final class StatusCodes {

    /** What one code means. */
    public record Meaning(Milestone milestone, Set<TrackingFlag> flags) {
        public Meaning {
            flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
        }
    }

    private static final Meaning UNKNOWN = new Meaning(Milestone.UNKNOWN, Set.of());
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9]{1,3}(/[A-Za-z0-9]{1,3})?");

    /**
     * X12 element 1650 (AT701), the codes carriers of parcels and pallets send: arrived at or left a place on the way
     * is in transit; the three last-mile ones; the terminal ones.
     */
    private static final String X12_DEFAULTS = "XB=INFO_RECEIVED, X3=INFO_RECEIVED, X8=INFO_RECEIVED,"
            + " AF=PICKED_UP, CP=PICKED_UP, L1=PICKED_UP,"
            + " X6=IN_TRANSIT, X4=IN_TRANSIT, P1=IN_TRANSIT, I1=IN_TRANSIT, OA=IN_TRANSIT, J1=IN_TRANSIT,"
            + " X2=IN_TRANSIT, AG=IN_TRANSIT, SD=IN_TRANSIT+DELAYED, AI=IN_TRANSIT+ADDRESS_ISSUE,"
            + " OD=OUT_FOR_DELIVERY, AJ=OUT_FOR_DELIVERY, X1=OUT_FOR_DELIVERY, X5=OUT_FOR_DELIVERY,"
            + " S1=OUT_FOR_DELIVERY, AW=AVAILABLE_FOR_PICKUP, AH=DELIVERY_ATTEMPTED, AP=DELIVERY_ATTEMPTED,"
            + " A7=DELIVERY_ATTEMPTED+REFUSED, D1=DELIVERED, A3=RETURNED, A9=LOST_OR_DAMAGED, CA=CANCELLED";

    /**
     * EDIFACT element 4405 (STS C555) after UN/ECE Recommendation 24 as we read it: only the codes we are sure of;
     * a carrier's own codes come through its profile.
     */
    private static final String EDIFACT_DEFAULTS = "1=IN_TRANSIT, 10=IN_TRANSIT, 21=DELIVERED";

    private final Map<String, Meaning> meanings;

    private StatusCodes(Map<String, Meaning> meanings) {
        this.meanings = Map.copyOf(meanings);
    }

    /** The standard's usual codes. */
    public static StatusCodes defaults(Standard standard) {
        return new StatusCodes(parse(standard == Standard.X12 ? X12_DEFAULTS : EDIFACT_DEFAULTS));
    }

    /**
     * These codes with the profile's entries over them.
     *
     * @throws IllegalArgumentException for text {@link #problems} finds fault with
     */
    public StatusCodes overlay(String text) {
        List<String> problems = problems(text);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        Map<String, Meaning> merged = new LinkedHashMap<>(meanings);
        merged.putAll(parse(text));
        return new StatusCodes(merged);
    }

    /** What the code, with its reason when given, means. */
    public Meaning meaning(String code, String reason) {
        String key = code.toUpperCase();
        if (reason != null && !reason.isEmpty()) {
            Meaning specific = meanings.get(key + "/" + reason.toUpperCase());
            if (specific != null) {
                return specific;
            }
        }
        return meanings.getOrDefault(key, UNKNOWN);
    }

    /** Every fault of a profile's {@code statusCodes}, one sentence each; empty when it can be used. */
    public static List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        for (String entry : entries(text)) {
            int equals = entry.indexOf('=');
            if (equals < 0) {
                problems.add("'" + entry + "' must read code=MILESTONE or code=MILESTONE+FLAG");
                continue;
            }
            String key = entry.substring(0, equals).strip();
            if (!KEY.matcher(key).matches()) {
                problems.add("'" + key + "' must be a code of 1 to 3 letters or digits, with /reason when it has one");
            }
            String[] parts = entry.substring(equals + 1).strip().split("\\+", -1);
            if (!named(Milestone.class, parts[0])) {
                problems.add("'" + parts[0] + "' (for " + key + ") is not one of the milestones " + names(Milestone.class));
            }
            for (int i = 1; i < parts.length; i++) {
                if (!named(TrackingFlag.class, parts[i])) {
                    problems.add("'" + parts[i] + "' (for " + key + ") is not one of the flags "
                            + names(TrackingFlag.class));
                }
            }
        }
        return problems;
    }

    private static Map<String, Meaning> parse(String text) {
        Map<String, Meaning> parsed = new LinkedHashMap<>();
        for (String entry : entries(text)) {
            int equals = entry.indexOf('=');
            String[] parts = entry.substring(equals + 1).strip().split("\\+");
            Set<TrackingFlag> flags = EnumSet.noneOf(TrackingFlag.class);
            for (int i = 1; i < parts.length; i++) {
                flags.add(TrackingFlag.valueOf(parts[i].strip().toUpperCase()));
            }
            parsed.put(entry.substring(0, equals).strip().toUpperCase(),
                    new Meaning(Milestone.valueOf(parts[0].strip().toUpperCase()), flags));
        }
        return parsed;
    }

    private static List<String> entries(String text) {
        return text == null ? List.of() : Pattern.compile("[,;\\n]").splitAsStream(text).map(String::strip)
                .filter(entry -> !entry.isEmpty()).toList();
    }

    private static <E extends Enum<E>> boolean named(Class<E> type, String name) {
        try {
            Enum.valueOf(type, name.strip().toUpperCase());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return EnumSet.allOf(type).toString();
    }
}
