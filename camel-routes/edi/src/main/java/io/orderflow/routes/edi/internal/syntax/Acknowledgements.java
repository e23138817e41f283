package io.orderflow.routes.edi.internal.syntax;

import io.orderflow.routes.edi.internal.partner.Acknowledgement;
import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.partner.Standard;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the acknowledgement of an inbound interchange, mirroring its envelope ids and version: an X12 997 with one
 * set per functional group (AK1, AK2 per set with AK3/AK4 for each error and AK5, AK9), or an EDIFACT CONTRL (UCI,
 * UCF per group of its own (UNG), UCM per message with UCS/UCD for each error).
 */
public final class Acknowledgements {

    /** The implementation guide a 999 follows (ST03, GS08). */
    private static final String IMPLEMENTATION_999 = "005010X231A1";
    /** AK5 and AK9 carry at most five codes. */
    private static final int MAX_CODES = 5;

    private Acknowledgements() {
    }

    /**
     * An X12 997 for the interchange, under our control number; or, for a partner that asks for it, a 999
     * (005010X231A1: the same answers, with IK3 / IK4 / IK5 for AK3 / AK4 / AK5 and the group's version in AK103).
     */
    public static byte[] x12(Partner partner, Interchange inbound, List<Verdict> verdicts, long controlNumber,
                             LocalDateTime now) {
        boolean implementation = partner.acknowledgement() == Acknowledgement.X12_999;
        String segmentNote = implementation ? "IK3" : "AK3";
        String elementNote = implementation ? "IK4" : "AK4";
        String setResponse = implementation ? "IK5" : "AK5";
        Envelopes.Parties parties = Envelopes.Parties.replyTo(inbound.envelope(), Standard.X12);
        try (EdiWriter out = new EdiWriter(Standard.X12, partner.delimiters())) {
            Envelopes.isa(out, partner, parties, controlNumber, now);
            String version = verdicts.isEmpty() || !verdicts.get(0).group().version().matches("\\d{6}[0-9A-Z]{0,6}")
                    ? partner.version() : verdicts.get(0).group().version();
            Envelopes.gs(out, "FA", parties, controlNumber, implementation ? IMPLEMENTATION_999 : version, now);
            int set = 0;
            for (Verdict verdict : verdicts) {
                String setControl = String.format("%04d", ++set);
                out.startSet();
                if (implementation) {
                    out.segment("ST", "999", setControl, IMPLEMENTATION_999);
                    out.segment("AK1", verdict.group().functionalId(), verdict.group().controlNumber(),
                            verdict.group().version());
                } else {
                    out.segment("ST", "997", setControl);
                    out.segment("AK1", verdict.group().functionalId(), verdict.group().controlNumber());
                }
                for (int i = 0; i < verdict.sets().size(); i++) {
                    TransactionSet received = verdict.group().sets().get(i);
                    List<SyntaxError> errors = verdict.sets().get(i);
                    out.segment("AK2", received.type(), received.controlNumber());
                    for (SyntaxError error : errors) {
                        if (error.error().level() == ErrorKind.Level.SEGMENT) {
                            out.segment(segmentNote, error.location().segment(), error.location().position(), "",
                                    error.error().x12Code());
                        } else if (error.error().level() == ErrorKind.Level.ELEMENT) {
                            out.segment(segmentNote, error.location().segment(), error.location().position(), "",
                                    "8");
                            out.segment(elementNote, error.location().element(), "", error.error().x12Code());
                        }
                    }
                    List<Object> ak5 = new ArrayList<>();
                    ak5.add(errors.isEmpty() ? "A" : "R");
                    ak5.addAll(setCodes(errors));
                    out.segment(setResponse, ak5.toArray());
                }
                long accepted = verdict.accepted();
                int count = verdict.sets().size();
                List<Object> ak9 = new ArrayList<>(List.of(accepted == count && verdict.group().errors().isEmpty()
                        ? "A" : accepted == 0 ? "R" : "P", count, count, accepted));
                verdict.group().errors().stream().map(e -> e.error().x12Code()).filter(code -> !code.isEmpty())
                        .distinct().limit(MAX_CODES)
                        .forEach(ak9::add);
                out.segment("AK9", ak9.toArray());
                out.segment("SE", out.setSegmentsWithTrailer(), setControl);
            }
            out.segment("GE", verdicts.size(), String.valueOf(controlNumber));
            out.segment("IEA", 1, Envelopes.isaControl(controlNumber));
            return out.finish();
        }
    }

    /**
     * An X12 TA1 refusing the interchange as a whole, under our control number. TA105 names interchange errors
     * only: an error of a group header found while reading the envelope is reported as invalid content (024).
     */
    public static byte[] ta1(Partner partner, Interchange inbound, ErrorKind error, long controlNumber,
                             LocalDateTime now) {
        Envelope in = inbound.envelope();
        try (EdiWriter out = new EdiWriter(Standard.X12, partner.delimiters())) {
            Envelopes.isa(out, partner, Envelopes.Parties.replyTo(in, Standard.X12), controlNumber, now);
            // TA101-103 name the refused interchange; values that are not what they should be are replaced
            out.segment("TA1", matches(in.controlNumber(), "\\d{9}", "000000000"),
                    matches(in.date(), "\\d{6}", now.format(Envelopes.YYMMDD)),
                    matches(in.time(), "\\d{4}", now.format(Envelopes.HHMM)), "R",
                    (error.level() == ErrorKind.Level.INTERCHANGE ? error : ErrorKind.INVALID_ENVELOPE).x12Code());
            out.segment("IEA", 0, Envelopes.isaControl(controlNumber));
            return out.finish();
        }
    }

    /** An UNG party (id and qualifier), cleaned for our writer. */
    private static List<String> party(Segment ung, int element) {
        return List.of(Envelopes.edifact(ung.get(element, 1), 35), Envelopes.edifact(ung.get(element, 2), 4));
    }

    private static String matches(String value, String pattern, String otherwise) {
        return value != null && value.matches(pattern) ? value : otherwise;
    }

    /** The AK5 codes of a rejected set: its own set-level errors, or 5 (segments in error). */
    private static List<String> setCodes(List<SyntaxError> errors) {
        List<String> codes = errors.stream().filter(e -> e.error().level() == ErrorKind.Level.SET)
                .map(e -> e.error().x12Code()).distinct().limit(MAX_CODES).toList();
        return codes.isEmpty() && !errors.isEmpty() ? List.of("5") : codes;
    }

    /** An EDIFACT CONTRL for the interchange, under our control reference. */
    public static byte[] edifact(Partner partner, Interchange inbound, List<Verdict> verdicts, long controlNumber,
                                 LocalDateTime now) {
        Envelope in = inbound.envelope();
        try (EdiWriter out = new EdiWriter(Standard.EDIFACT, partner.delimiters())) {
            Envelopes.Parties parties = Envelopes.Parties.replyTo(in, Standard.EDIFACT);
            Envelopes.unb(out, parties, controlNumber, now);
            out.startSet();
            out.segment("UNH", "1", List.of("CONTRL", "D", "3", "UN"));
            boolean allTaken = inbound.errors().isEmpty() && verdicts.stream()
                    .allMatch(v -> v.accepted() == v.sets().size() && v.group().errors().isEmpty());
            List<Object> uci = new ArrayList<>(List.of(Envelopes.edifact(in.controlNumber(), 14),
                    List.of(parties.receiverId(), parties.receiverQualifier()),
                    List.of(parties.senderId(), parties.senderQualifier()), inbound.errors().isEmpty() ? "7" : "4"));
            inbound.errors().stream().findFirst().ifPresent(e -> uci.add(e.error().edifactCode()));
            out.segment("UCI", uci.toArray());
            if (!allTaken) {
                for (Verdict verdict : verdicts) {
                    Segment ung = verdict.group().header();
                    if (ung != null) {
                        // a group of its own (UNG): its answer (UCF, naming UNG's sender and recipient) heads the
                        // answers to its messages
                        List<Object> ucf = new ArrayList<>(List.of(Envelopes.edifact(verdict.group().controlNumber(),
                                14), party(ung, 2), party(ung, 3),
                                verdict.accepted() == verdict.sets().size() ? "7" : "4"));
                        verdict.group().errors().stream().findFirst().ifPresent(e -> ucf.add(e.error().edifactCode()));
                        out.segment("UCF", ucf.toArray());
                    }
                    for (int i = 0; i < verdict.sets().size(); i++) {
                        TransactionSet message = verdict.group().sets().get(i);
                        List<SyntaxError> errors = verdict.sets().get(i);
                        out.segment("UCM", message.controlNumber(), List.of(message.type(),
                                verdict.group().version().isEmpty() ? "D" : verdict.group().version().substring(0, 1),
                                verdict.group().version().length() > 1 ? verdict.group().version().substring(1) : "",
                                "UN"), errors.isEmpty() && verdict.group().errors().isEmpty() ? "7" : "4");
                        for (SyntaxError error : errors) {
                            if (error.error().level() == ErrorKind.Level.ELEMENT) {
                                out.segment("UCS", error.location().position());
                                out.segment("UCD", error.error().edifactCode(), error.location().element());
                            } else {
                                out.segment("UCS", error.location().position(), error.error().edifactCode());
                            }
                        }
                    }
                }
            }
            out.segment("UNT", out.setSegmentsWithTrailer(), "1");
            out.segment("UNZ", 1, String.valueOf(controlNumber));
            return out.finish();
        }
    }
}
