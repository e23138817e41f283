package io.orderflow.routes.edi.internal.syntax;

import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.partner.Standard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an invoice: an X12 810 (BIG, CUR, REF VN/SI, N1 BY/SE, ITD; IT1 per line with PID and TXI; TDS, TXI, SAC
 * D240 with its TXI, CTT) or an EDIFACT INVOIC D.96A (BGM 380, DTM 137, RFF ON/VN/AAK, NAD BY/SU, CUX, PAT with DTM
 * 13, ALC freight with MOA 23 and TAX; LIN + PIA + IMD + QTY 47 + MOA 203 + PRI AAA + TAX per line; UNS, MOA 77, 79,
 * 125, 124).
 * <p>
 * Amounts are written exactly as finance issued them, in the currency's ISO 4217 scale ({@code 1130.00} CNY,
 * {@code 12345} JPY), never rounded; unit prices with at least that many decimals. X12's TDS01 and SAC05 are of type
 * N2, two implied decimals whatever the currency (so {@code 12345} JPY is {@code 1234500}, not the yen count): an
 * amount N2 cannot carry (a 3-decimal currency's {@code 1.255}) refuses the 810 rather than being rounded.
 * <p>
 * Tax is written where there is some: a line without tax has no TXI / TAX. The kind of tax is value added tax (X12
 * {@code VA}, EDIFACT {@code VAT} in the standard category {@code S}).
 */
public final class Invoices {

    /** The directory of the INVOIC we write, whatever the partner's ORDERS were: the one partners most often take. */
    public static final String INVOIC_DIRECTORY = "D96A";

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    /**
     * A line as the partner knows it.
     *
     * @param itemNumbers   the partner's numbers for it as its order gave them; empty to name it by {@code product}
     * @param specification null or blank when there is none
     * @param taxRate       a fraction ({@code 0.13}), zero without tax
     */
    public record Line(String partnerLineId, List<ItemNumber> itemNumbers, String product, String specification,
                       BigDecimal quantity, String unit, BigDecimal unitPrice, BigDecimal net, BigDecimal taxRate,
                       BigDecimal tax) {
    }

    /**
     * One invoice of one order.
     *
     * @param shipment   the shipment it invoices; null when none is named
     * @param customerId our number for the buyer
     * @param seller     our interchange id, as the partner knows us
     * @param freight    null when no freight is invoiced; its tax in {@code freightTax} (null or zero when none)
     * @param net        the lines' and freight's net
     */
    public record Invoice(String number, String orderNumber, String customerPo, String shipment, String customerId,
                          String seller, LocalDate issuedOn, LocalDate dueOn, String terms, String currency,
                          List<Line> lines, BigDecimal freight, BigDecimal freightTax, BigDecimal net, BigDecimal tax,
                          BigDecimal total) {

        private BigDecimal linesNet() {
            return lines.stream().map(Line::net).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        private long netDays() {
            return ChronoUnit.DAYS.between(issuedOn, dueOn);
        }

        private String money(BigDecimal amount) {
            return Values.money(amount, currency);
        }
    }

    private Invoices() {
    }

    /**
     * The 810 in the partner's version, or the INVOIC D.96A, in the partner's envelope.
     *
     * @throws IllegalArgumentException when an amount has more decimals than its currency, or (X12) a total or the
     *                                  freight is not a whole number of hundredths
     */
    public static byte[] write(Partner partner, Invoice invoice, long controlNumber, LocalDateTime now) {
        return partner.standard() == Standard.X12
                ? Envelopes.oneSet(partner, "810", partner.version(), controlNumber, now, out -> x12(out, invoice))
                : Envelopes.oneSet(partner, "INVOIC", INVOIC_DIRECTORY, controlNumber, now,
                        out -> edifact(out, invoice));
    }

    private static void x12(EdiWriter out, Invoice invoice) {
        out.segment("BIG", invoice.issuedOn().format(CCYYMMDD), invoice.number(), "", invoice.customerPo());
        out.segment("CUR", "SE", invoice.currency());
        out.segment("REF", "VN", invoice.orderNumber());
        if (given(invoice.shipment())) {
            out.segment("REF", "SI", invoice.shipment());
        }
        // 91: the buyer's number as we (the seller) assigned it; ZZ: our id as agreed with the partner
        out.segment("N1", "BY", "", "91", invoice.customerId());
        out.segment("N1", "SE", "", "ZZ", invoice.seller());
        // 05 discount not applicable, 3 counted from the invoice date; the net due date and days, the terms' name
        out.segment("ITD", "05", "3", "", "", "", invoice.dueOn().format(CCYYMMDD), invoice.netDays(), "", "", "", "",
                invoice.terms());
        for (Line line : invoice.lines()) {
            List<Object> it1 = new ArrayList<>(List.of(line.partnerLineId(), Values.plain(line.quantity()),
                    Values.x12Unit(line.unit()), Values.price(line.unitPrice(), invoice.currency()), ""));
            it1.addAll(ItemNumber.x12Pairs(ItemNumber.orOurs(line.itemNumbers(), "VP", line.product())));
            out.segment("IT1", it1.toArray());
            if (taxed(line.tax())) {
                out.segment("TXI", "VA", invoice.money(line.tax()), Values.percent(line.taxRate()));
            }
            if (given(line.specification())) {
                out.segment("PID", "F", "", "", "", line.specification());
            }
        }
        out.segment("TDS", Values.hundredths(invoice.total()));
        if (taxed(invoice.tax())) {
            out.segment("TXI", "VA", invoice.money(invoice.tax()));
        }
        if (invoice.freight() != null) {
            out.segment("SAC", "C", "D240", "", "", Values.hundredths(invoice.freight()));
            if (taxed(invoice.freightTax())) {
                out.segment("TXI", "VA", invoice.money(invoice.freightTax()));
            }
        }
        out.segment("CTT", invoice.lines().size());
    }

    private static void edifact(EdiWriter out, Invoice invoice) {
        out.segment("BGM", "380", invoice.number(), "9");
        out.segment("DTM", List.of("137", invoice.issuedOn().format(CCYYMMDD), "102"));
        out.segment("RFF", List.of("ON", invoice.customerPo()));
        out.segment("RFF", List.of("VN", invoice.orderNumber()));
        if (given(invoice.shipment())) {
            out.segment("RFF", List.of("AAK", invoice.shipment())); // the number of our DESADV
        }
        // 91: assigned by the seller (us); ZZZ: as agreed with the partner
        out.segment("NAD", "BY", List.of(invoice.customerId(), "", "91"));
        out.segment("NAD", "SU", List.of(invoice.seller(), "", "ZZZ"));
        // 2 reference currency, 4 invoicing currency
        out.segment("CUX", List.of("2", invoice.currency(), "4"));
        // 1 basic terms: 5 from the invoice date, 3 after it, D days; DTM 13 the due date
        out.segment("PAT", "1", "", List.of("5", "3", "D", String.valueOf(invoice.netDays())));
        out.segment("DTM", List.of("13", invoice.dueOn().format(CCYYMMDD), "102"));
        if (invoice.freight() != null) {
            out.segment("ALC", "C", "", "", "", List.of("FC"));
            out.segment("MOA", List.of("23", invoice.money(invoice.freight())));
            if (taxed(invoice.freightTax())) {
                out.segment("TAX", "7", List.of("VAT"));
                out.segment("MOA", List.of("124", invoice.money(invoice.freightTax())));
            }
        }
        for (Line line : invoice.lines()) {
            ItemNumber.edifactLine(out, line.partnerLineId(), ItemNumber.orOurs(line.itemNumbers(), "SA",
                    line.product()));
            if (given(line.specification())) {
                out.segment("IMD", "F", "", List.of("", "", "", line.specification()));
            }
            out.segment("QTY", List.of("47", Values.plain(line.quantity()), Values.edifactUnit(line.unit())));
            out.segment("MOA", List.of("203", invoice.money(line.net())));
            out.segment("PRI", List.of("AAA", Values.price(line.unitPrice(), invoice.currency())));
            if (taxed(line.tax())) {
                out.segment("TAX", "7", List.of("VAT"), "", "", List.of("", "", "", Values.percent(line.taxRate())),
                        "S");
                out.segment("MOA", List.of("124", invoice.money(line.tax())));
            }
        }
        out.segment("UNS", "S");
        out.segment("MOA", List.of("77", invoice.money(invoice.total())));
        out.segment("MOA", List.of("79", invoice.money(invoice.linesNet())));
        out.segment("MOA", List.of("125", invoice.money(invoice.net())));
        out.segment("MOA", List.of("124", invoice.money(invoice.tax())));
    }

    private static boolean taxed(BigDecimal tax) {
        return tax != null && tax.signum() != 0;
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
