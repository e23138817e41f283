package io.orderflow.routes.edi.internal.syntax;

import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.partner.Standard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes our answer to a partner's order: an X12 855 (BAK, DTM 067, PO1 + ACK per line) or an EDIFACT ORDRSP
 * (BGM 231, DTM, RFF+ON, LIN + QTY + PRI per line), accepting it, rejecting it or changing its delivery date.
 */
public final class OrderResponses {

    /** What we say about the order. */
    public enum Answer {
        ACCEPTED("00", "AD", "IA", "29", "5"),
        REJECTED("00", "RJ", "IR", "27", "7"),
        DATE_CHANGED("04", "AC", "DR", "4", "3");

        private final String purpose;
        private final String bak;
        private final String ack;
        private final String bgm;
        private final String lin;

        Answer(String purpose, String bak, String ack, String bgm, String lin) {
            this.purpose = purpose;
            this.bak = bak;
            this.ack = ack;
            this.bgm = bgm;
            this.lin = lin;
        }
    }

    /** A line as the partner knows it: its own line id, our product code, quantity, unit and price. */
    public record Line(String partnerLineId, String product, BigDecimal quantity, String unit, BigDecimal unitPrice) {
    }

    /**
     * The order answered.
     *
     * @param delivery the date we promise (the requested one, or the new one after a change)
     */
    public record Order(String number, String customerPo, LocalDate ordered, LocalDate delivery, List<Line> lines) {
    }

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private OrderResponses() {
    }

    public static byte[] write(Partner partner, Answer answer, Order order, long controlNumber, LocalDateTime now) {
        return partner.standard() == Standard.X12
                ? x12(partner, answer, order, controlNumber, now) : edifact(partner, answer, order, controlNumber, now);
    }

    private static byte[] x12(Partner partner, Answer answer, Order order, long controlNumber, LocalDateTime now) {
        Envelopes.Parties parties = Envelopes.Parties.to(partner);
        try (EdiWriter out = new EdiWriter(Standard.X12, partner.delimiters())) {
            Envelopes.isa(out, partner, parties, controlNumber, now);
            Envelopes.gs(out, "PR", parties, controlNumber, partner.version(), now);
            out.startSet();
            out.segment("ST", "855", "0001");
            out.segment("BAK", answer.purpose, answer.bak, order.customerPo(), order.ordered().format(CCYYMMDD), "", "",
                    "", order.number());
            if (answer != Answer.REJECTED) {
                out.segment("DTM", "067", order.delivery().format(CCYYMMDD));
            }
            for (Line line : order.lines()) {
                String unit = x12Unit(line.unit());
                out.segment("PO1", line.partnerLineId(), plain(line.quantity()), unit, plain(line.unitPrice()), "",
                        "VP", line.product());
                if (answer == Answer.REJECTED) {
                    out.segment("ACK", answer.ack, plain(line.quantity()), unit);
                } else {
                    out.segment("ACK", answer.ack, plain(line.quantity()), unit, "067",
                            order.delivery().format(CCYYMMDD));
                }
            }
            out.segment("CTT", order.lines().size());
            out.segment("SE", out.setSegmentsWithTrailer(), "0001");
            out.segment("GE", 1, String.valueOf(controlNumber));
            out.segment("IEA", 1, Envelopes.isaControl(controlNumber));
            return out.finish();
        }
    }

    private static byte[] edifact(Partner partner, Answer answer, Order order, long controlNumber,
                                  LocalDateTime now) {
        try (EdiWriter out = new EdiWriter(Standard.EDIFACT, partner.delimiters())) {
            Envelopes.unb(out, Envelopes.Parties.to(partner), controlNumber, now);
            out.startSet();
            out.segment("UNH", "1", List.of("ORDRSP", partner.version().substring(0, 1), partner.version().substring(1),
                    "UN"));
            out.segment("BGM", "231", order.number(), answer.bgm);
            out.segment("DTM", List.of("137", now.toLocalDate().format(CCYYMMDD), "102"));
            if (answer != Answer.REJECTED) {
                out.segment("DTM", List.of("2", order.delivery().format(CCYYMMDD), "102"));
            }
            out.segment("RFF", List.of("ON", order.customerPo()));
            for (Line line : order.lines()) {
                out.segment("LIN", line.partnerLineId(), answer.lin, List.of(line.product(), "SA"));
                out.segment("QTY", List.of("21", plain(line.quantity())));
                if (answer != Answer.REJECTED) {
                    out.segment("PRI", List.of("AAA", plain(line.unitPrice())));
                }
            }
            out.segment("UNS", "S");
            out.segment("UNT", out.setSegmentsWithTrailer(), "1");
            out.segment("UNZ", 1, String.valueOf(controlNumber));
            return out.finish();
        }
    }

    /** Our pieces are X12's "each" (unit code 355); other units are written as sales keeps them. */
    private static String x12Unit(String unit) {
        return "PCS".equalsIgnoreCase(unit) ? "EA" : unit;
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
