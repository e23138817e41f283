package io.orderflow.routes.edi.internal.syntax;

import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.partner.Standard;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The interchange and group headers of what we write: answers mirror the inbound envelope, others the profile. */
public final class Envelopes {

    static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    /** The functional group (GS01) of each set we send. */
    private static final Map<String, String> FUNCTIONAL_IDS = Map.of("810", "IN", "855", "PR", "856", "SH");

    private Envelopes() {
    }

    /**
     * One set of ours in an interchange of its own, addressed as the partner's profile says and numbered with our
     * control number (interchange and group alike, so that the partner's 997 / CONTRL names it): ISA, GS and ST, or
     * UNB and UNH, then what {@code body} writes, then the trailers with their counts.
     *
     * @param type    the X12 set ({@code 810}, {@code 855}, {@code 856}) or EDIFACT message ({@code INVOIC},
     *                {@code ORDRSP}, {@code DESADV})
     * @param release X12 GS08 ({@code 004010}) or the EDIFACT directory ({@code D01B})
     */
    public static byte[] oneSet(Partner partner, String type, String release, long controlNumber, LocalDateTime now,
                                Consumer<EdiWriter> body) {
        Parties parties = Parties.to(partner);
        try (EdiWriter out = new EdiWriter(partner.standard(), partner.delimiters())) {
            if (partner.standard() == Standard.X12) {
                isa(out, partner, parties, controlNumber, now);
                gs(out, FUNCTIONAL_IDS.get(type), parties, controlNumber, release, now);
                out.startSet();
                out.segment("ST", type, "0001");
                body.accept(out);
                out.segment("SE", out.setSegmentsWithTrailer(), "0001");
                out.segment("GE", 1, String.valueOf(controlNumber));
                out.segment("IEA", 1, isaControl(controlNumber));
            } else {
                unb(out, parties, controlNumber, now);
                out.startSet();
                out.segment("UNH", "1", List.of(type, release.substring(0, 1), release.substring(1), "UN"));
                body.accept(out);
                out.segment("UNT", out.setSegmentsWithTrailer(), "1");
                out.segment("UNZ", 1, String.valueOf(controlNumber));
            }
            return out.finish();
        }
    }

    /**
     * Who sends to whom, and in which syntax.
     *
     * @param syntaxVersion ISA12, e.g. {@code 00401}; unused for EDIFACT
     */
    public record Parties(String senderQualifier, String senderId, String receiverQualifier, String receiverId,
                          String syntaxVersion, boolean test) {

        /**
         * The answer to an inbound interchange: its receiver sends, its sender receives. What the partner wrote is
         * mirrored only where it fits the header's fields; a value that does not is replaced, so that a broken
         * envelope still gets an answer that can be read.
         */
        public static Parties replyTo(Envelope inbound, Standard standard) {
            if (standard == Standard.X12) {
                // ISA12 of a published X12 release (00200 to 00801), else the 004010 we take
                String version = inbound.syntaxVersion() != null && inbound.syntaxVersion().matches("00[2-8]0\\d")
                        ? inbound.syntaxVersion() : "00401";
                return new Parties(x12Qualifier(inbound.receiverQualifier()), x12Id(inbound.receiverId()),
                        x12Qualifier(inbound.senderQualifier()), x12Id(inbound.senderId()), version, inbound.test());
            }
            return new Parties(edifact(inbound.receiverQualifier(), 4), edifact(inbound.receiverId(), 35),
                    edifact(inbound.senderQualifier(), 4), edifact(inbound.senderId(), 35), "", inbound.test());
        }

        /** From us to the partner, in the version of its profile. */
        public static Parties to(Partner partner) {
            return new Parties(partner.ourQualifier(), partner.ourId(), partner.qualifier(), partner.interchangeId(),
                    partner.standard() == Standard.X12 ? partner.version().substring(0, 5) : "", false);
        }
    }

    /** ISA, with ids padded to their fixed width and the repetition separator from version 00402 on. */
    static void isa(EdiWriter out, Partner partner, Parties parties, long controlNumber, LocalDateTime now) {
        out.segment("ISA", "00", "          ", "00", "          ", parties.senderQualifier(), pad(parties.senderId()),
                parties.receiverQualifier(), pad(parties.receiverId()), now.format(YYMMDD), now.format(HHMM),
                parties.syntaxVersion().compareTo("00402") >= 0 ? String.valueOf(partner.delimiters().repetition()) : "U",
                parties.syntaxVersion(), isaControl(controlNumber), "0", parties.test() ? "T" : "P",
                String.valueOf(partner.delimiters().component()));
    }

    /** GS, with our control number as the group control number, so that the partner's AK1 names our interchange. */
    static void gs(EdiWriter out, String functionalId, Parties parties, long controlNumber, String version,
                   LocalDateTime now) {
        // GS02-03 are at least two characters long; a one-character interchange id is padded
        out.segment("GS", functionalId, String.format("%-2s", parties.senderId()),
                String.format("%-2s", parties.receiverId()), now.format(CCYYMMDD),
                now.format(HHMM), String.valueOf(controlNumber), "X", version);
    }

    static void unb(EdiWriter out, Parties parties, long controlNumber, LocalDateTime now) {
        out.segment("UNB", List.of("UNOC", "3"), party(parties.senderId(), parties.senderQualifier()),
                party(parties.receiverId(), parties.receiverQualifier()), List.of(now.format(YYMMDD), now.format(HHMM)),
                String.valueOf(controlNumber));
    }

    private static String x12Qualifier(String qualifier) {
        String value = clean(qualifier);
        return value.length() == 2 ? value : "ZZ";
    }

    private static String x12Id(String id) {
        String value = clean(id);
        return value.isEmpty() ? "UNKNOWN" : value.substring(0, Math.min(15, value.length()));
    }

    static String edifact(String value, int maxLength) {
        String clean = clean(value);
        return clean.substring(0, Math.min(maxLength, clean.length()));
    }

    /** Letters, digits, spaces and a few marks: never a delimiter of ours. */
    private static String clean(String value) {
        return value == null ? "" : value.replaceAll("[^A-Za-z0-9 .\\-_/]", "").strip();
    }

    static String isaControl(long controlNumber) {
        return String.format("%09d", controlNumber);
    }

    private static Object party(String id, String qualifier) {
        return qualifier == null || qualifier.isBlank() ? id : List.of(id, qualifier);
    }

    /** ISA ids are fixed width: 15 characters, blank padded. */
    private static String pad(String id) {
        return String.format("%-15s", id);
    }
}
