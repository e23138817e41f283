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
                ? Envelopes.oneSet(partner, "855", partner.version(), controlNumber, now, out -> x12(out, answer, order))
                : Envelopes.oneSet(partner, "ORDRSP", partner.version(), controlNumber, now,
                        out -> edifact(out, answer, order, now));
    }

    private static void x12(EdiWriter out, Answer answer, Order order) {
        out.segment("BAK", answer.purpose, answer.bak, order.customerPo(), order.ordered().format(CCYYMMDD), "", "", "",
                order.number());
        if (answer != Answer.REJECTED) {
            out.segment("DTM", "067", order.delivery().format(CCYYMMDD));
        }
        for (Line line : order.lines()) {
            String unit = Values.x12Unit(line.unit());
            out.segment("PO1", line.partnerLineId(), Values.plain(line.quantity()), unit, Values.plain(line.unitPrice()),
                    "", "VP", line.product());
            if (answer == Answer.REJECTED) {
                out.segment("ACK", answer.ack, Values.plain(line.quantity()), unit);
            } else {
                out.segment("ACK", answer.ack, Values.plain(line.quantity()), unit, "067",
                        order.delivery().format(CCYYMMDD));
            }
        }
        out.segment("CTT", order.lines().size());
    }

    private static void edifact(EdiWriter out, Answer answer, Order order, LocalDateTime now) {
        out.segment("BGM", "231", order.number(), answer.bgm);
        out.segment("DTM", List.of("137", now.toLocalDate().format(CCYYMMDD), "102"));
        if (answer != Answer.REJECTED) {
            out.segment("DTM", List.of("2", order.delivery().format(CCYYMMDD), "102"));
        }
        out.segment("RFF", List.of("ON", order.customerPo()));
        for (Line line : order.lines()) {
            out.segment("LIN", line.partnerLineId(), answer.lin, List.of(line.product(), "SA"));
            out.segment("QTY", List.of("21", Values.plain(line.quantity())));
            if (answer != Answer.REJECTED) {
                out.segment("PRI", List.of("AAA", Values.plain(line.unitPrice())));
            }
        }
        out.segment("UNS", "S");
    }
}
