package io.orderflow.routes.edi.internal.syntax;

import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.partner.Standard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a shipment's dispatch advice: an X12 856 (BSN, then the HL hierarchy shipment / order / pack / item with
 * TD5 and the dates at the shipment, PRF at the order, REF 2I and MAN GM at each pack, LIN + SN1 at each item) or an
 * EDIFACT DESADV D.01B (BGM 351, DTM 137/11/17, RFF+ON, TDT, then CPS groups: the shipment, and per pack PAC, PCI
 * with RFF+CN and GIN+BJ, each with LIN + PIA + QTY+12 for its items).
 * <p>
 * An item is written under its pack when the pack's contents are known; otherwise under the order (X12) or the
 * shipment's CPS (EDIFACT): a partner's receiving checks labels against contents, so none is made up.
 */
public final class DispatchAdvices {

    /** The directory of the DESADV we write, whatever the partner's ORDERS were. */
    public static final String DESADV_DIRECTORY = "D01B";

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    /** How the shipment travels: X12 TD504 and EDIFACT TDT mode (road for both of ours). */
    public enum Carriage {
        PARCEL("U"),
        OWN_VEHICLE("P");

        private final String x12;

        Carriage(String x12) {
            this.x12 = x12;
        }
    }

    /**
     * An item as the partner knows it.
     *
     * @param itemNumbers the partner's numbers for it as its order gave them; empty to name it by {@code product}
     * @param specification null or blank when there is none
     */
    public record Item(String partnerLineId, List<ItemNumber> itemNumbers, String product, String specification,
                       BigDecimal quantity, String unit) {
    }

    /**
     * A package.
     *
     * @param trackingNumber null or blank when the carrier gave none
     * @param sscc           its SSCC-18; null or blank when none was assigned
     * @param items          the items known to travel in it
     */
    public record Pack(String carrier, String trackingNumber, String sscc, List<Item> items) {
    }

    /**
     * One shipment of one order.
     *
     * @param estimatedArrival null when unknown
     * @param unpacked         the items whose package is not known
     */
    public record Advice(String shipment, String orderNumber, String customerPo, Carriage carriage,
                         LocalDate dispatchedOn, LocalDate estimatedArrival, List<Pack> packs, List<Item> unpacked) {

        private List<String> carriers() {
            return packs.stream().map(Pack::carrier).filter(DispatchAdvices::given).distinct().toList();
        }

        private int items() {
            return unpacked.size() + packs.stream().mapToInt(pack -> pack.items().size()).sum();
        }
    }

    private DispatchAdvices() {
    }

    /** The 856 in the partner's version, or the DESADV D.01B, in the partner's envelope. */
    public static byte[] write(Partner partner, Advice advice, long controlNumber, LocalDateTime now) {
        return partner.standard() == Standard.X12
                ? Envelopes.oneSet(partner, "856", partner.version(), controlNumber, now, out -> x12(out, advice, now))
                : Envelopes.oneSet(partner, "DESADV", DESADV_DIRECTORY, controlNumber, now,
                        out -> edifact(out, advice, now));
    }

    private static void x12(EdiWriter out, Advice advice, LocalDateTime now) {
        List<Object> bsn = new ArrayList<>(List.of("00", advice.shipment(), now.format(CCYYMMDD), now.format(HHMM)));
        // BSN05: 0001 shipment, order, packaging, item; 0004 shipment, order, item; items beside packs fit neither
        if (advice.packs().isEmpty()) {
            bsn.add("0004");
        } else if (advice.unpacked().isEmpty()) {
            bsn.add("0001");
        }
        out.segment("BSN", bsn.toArray());
        int hl = 0;
        out.segment("HL", ++hl, "", "S");
        List<String> carriers = advice.carriers();
        if (carriers.isEmpty()) {
            out.segment("TD5", "", "", "", advice.carriage().x12);
        }
        for (String carrier : carriers) {
            out.segment("TD5", "B", "ZZ", carrier, advice.carriage().x12);
        }
        out.segment("DTM", "011", advice.dispatchedOn().format(CCYYMMDD));
        if (advice.estimatedArrival() != null) {
            out.segment("DTM", "017", advice.estimatedArrival().format(CCYYMMDD));
        }
        int order = ++hl;
        out.segment("HL", order, 1, "O");
        out.segment("PRF", advice.customerPo());
        out.segment("REF", "VN", advice.orderNumber());
        for (Pack pack : advice.packs()) {
            int parent = ++hl;
            out.segment("HL", parent, order, "P");
            if (given(pack.trackingNumber())) {
                out.segment("REF", "2I", pack.trackingNumber());
            }
            if (given(pack.sscc())) {
                out.segment("MAN", "GM", pack.sscc());
            }
            for (Item item : pack.items()) {
                x12Item(out, item, ++hl, parent);
            }
        }
        for (Item item : advice.unpacked()) {
            x12Item(out, item, ++hl, order);
        }
        out.segment("CTT", hl);
    }

    private static void x12Item(EdiWriter out, Item item, int hl, int parent) {
        out.segment("HL", hl, parent, "I");
        List<Object> lin = new ArrayList<>(List.of(item.partnerLineId()));
        lin.addAll(ItemNumber.x12Pairs(numbers(item, "VP")));
        out.segment("LIN", lin.toArray());
        out.segment("SN1", "", Values.plain(item.quantity()), Values.x12Unit(item.unit()));
        if (given(item.specification())) {
            out.segment("PID", "F", "", "", "", item.specification());
        }
    }

    private static void edifact(EdiWriter out, Advice advice, LocalDateTime now) {
        out.segment("BGM", "351", advice.shipment(), "9");
        out.segment("DTM", List.of("137", now.toLocalDate().format(CCYYMMDD), "102"));
        out.segment("DTM", List.of("11", advice.dispatchedOn().format(CCYYMMDD), "102"));
        if (advice.estimatedArrival() != null) {
            out.segment("DTM", List.of("17", advice.estimatedArrival().format(CCYYMMDD), "102"));
        }
        out.segment("RFF", List.of("ON", advice.customerPo()));
        out.segment("RFF", List.of("VN", advice.orderNumber()));
        List<String> carriers = advice.carriers();
        if (carriers.isEmpty()) {
            out.segment("TDT", "20", "", List.of("3"));
        }
        for (String carrier : carriers) {
            out.segment("TDT", "20", "", List.of("3"), "", carrier);
        }
        int cps = 1;
        out.segment("CPS", cps);
        for (Item item : advice.unpacked()) {
            edifactItem(out, item);
        }
        for (Pack pack : advice.packs()) {
            out.segment("CPS", ++cps, 1);
            out.segment("PAC", 1, "", "PK");
            if (given(pack.sscc()) || given(pack.trackingNumber())) {
                // 33E: marked with an SSCC; a package with only the carrier's number is marked as agreed
                out.segment("PCI", given(pack.sscc()) ? "33E" : "ZZZ");
                if (given(pack.trackingNumber())) {
                    out.segment("RFF", List.of("CN", pack.trackingNumber()));
                }
                if (given(pack.sscc())) {
                    out.segment("GIN", "BJ", pack.sscc());
                }
            }
            for (Item item : pack.items()) {
                edifactItem(out, item);
            }
        }
        out.segment("CNT", List.of("2", String.valueOf(advice.items())));
    }

    private static void edifactItem(EdiWriter out, Item item) {
        ItemNumber.edifactLine(out, item.partnerLineId(), numbers(item, "SA"));
        if (given(item.specification())) {
            out.segment("IMD", "F", "", List.of("", "", "", item.specification()));
        }
        out.segment("QTY", List.of("12", Values.plain(item.quantity()), Values.edifactUnit(item.unit())));
    }

    private static List<ItemNumber> numbers(Item item, String vendorQualifier) {
        return ItemNumber.orOurs(item.itemNumbers(), vendorQualifier, item.product());
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
