package io.orderflow.routes.edi.internal.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An item number as a partner qualified it in its order, written back the same way in what we send about the line.
 *
 * @param qualifier X12 product/service id qualifier (PO106, e.g. {@code BP}) or EDIFACT item type code (7143, e.g.
 *                  {@code SRV}); may be empty
 * @param number    the number itself
 */
public record ItemNumber(String qualifier, String number) {

    /** The partner's numbers for a line, else our product code as the vendor's (our) number. */
    static List<ItemNumber> orOurs(List<ItemNumber> partners, String vendorQualifier, String product) {
        return partners.isEmpty() ? List.of(new ItemNumber(vendorQualifier, product)) : partners;
    }

    /**
     * The numbers as X12 lists them after a line's id (LIN, IT1): qualifier and number in pairs, a qualifier the
     * partner left out written as mutually defined.
     */
    static List<Object> x12Pairs(List<ItemNumber> numbers) {
        List<Object> pairs = new ArrayList<>();
        for (ItemNumber number : numbers) {
            pairs.add(number.qualifier() != null && !number.qualifier().isBlank() ? number.qualifier() : "ZZ");
            pairs.add(number.number());
        }
        return pairs;
    }

    /** An EDIFACT line: LIN with the first number, PIA+1 (additional identification) with the rest, five a segment. */
    static void edifactLine(EdiWriter out, String lineId, List<ItemNumber> numbers) {
        ItemNumber first = numbers.get(0);
        out.segment("LIN", lineId, "", List.of(first.number(), Objects.toString(first.qualifier(), "")));
        for (int from = 1; from < numbers.size(); from += 5) {
            List<Object> pia = new ArrayList<>(List.of("1"));
            numbers.subList(from, Math.min(from + 5, numbers.size()))
                    .forEach(number -> pia.add(List.of(number.number(), Objects.toString(number.qualifier(), ""))));
            out.segment("PIA", pia.toArray());
        }
    }
}
