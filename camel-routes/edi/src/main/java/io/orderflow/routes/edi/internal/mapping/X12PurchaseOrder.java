package io.orderflow.routes.edi.internal.mapping;

import io.orderflow.routes.edi.internal.syntax.Segment;
import io.orderflow.routes.edi.internal.syntax.TransactionSet;
import java.util.List;
import java.util.Set;

/**
 * An X12 850 as an order: PO number from BEG03, delivery date from DTM (002 delivery requested, else 010 requested
 * ship), ship-to from the N1*ST loop (N3, N4), contact from PER, lines from PO1 (quantity, price, the vendor's part
 * number as our product code) with PID descriptions as the specification.
 */
public final class X12PurchaseOrder {

    /** Product id qualifiers in the order we look for our product code: vendor's part, then buyer's. */
    private static final List<String> PART_QUALIFIERS = List.of("VP", "VN", "SK", "BP", "IN");
    private static final Set<String> DELIVERY_DATES = Set.of("002", "010");

    private X12PurchaseOrder() {
    }

    public static MappedOrder map(TransactionSet set, String customerId, MasterData masterData) {
        DraftBuilder order = new DraftBuilder(set.controlNumber(), set.segments().get(0).at(0));
        boolean shipTo = false;
        DraftBuilder.Line line = null;
        for (Segment segment : set.segments()) {
            switch (segment.tag()) {
                case "BEG" -> order.customerPo(segment.get(3), segment.at(3));
                case "CUR" -> order.currency(segment.get(2));
                case "DTM" -> {
                    if (line == null && DELIVERY_DATES.contains(segment.get(1))) {
                        order.delivery(segment.get(2), segment.at(2));
                    }
                }
                case "PER" -> {
                    if (line == null) {
                        order.contact(segment.get(2), communication(segment, "TE"), communication(segment, "EM"));
                    }
                }
                case "N1" -> {
                    shipTo = "ST".equals(segment.get(1));
                    if (shipTo) {
                        order.shipTo(segment.at(0));
                    }
                }
                case "N3" -> {
                    if (shipTo) {
                        order.street(segment.get(1), segment.get(2), segment.at(1));
                    }
                }
                case "N4" -> {
                    if (shipTo) {
                        order.city(segment.get(1), segment.at(1));
                        order.postalCode(segment.get(3), segment.at(3));
                        order.country(segment.get(4), segment.at(4));
                    }
                }
                case "PO1" -> {
                    shipTo = false;
                    line = order.line(segment.get(1), segment.at(0));
                    order.quantity(line, segment.get(2), segment.at(2));
                    if (!segment.get(4).isEmpty()) {
                        order.unitPrice(line, segment.get(4), segment.at(4));
                    }
                    int part = partNumber(segment);
                    order.productCode(line, part > 0 ? segment.get(part) : null, segment.at(Math.max(part, 7)));
                }
                case "PID" -> {
                    if (line != null && !segment.get(5).isEmpty() && !order.hasSpecification(line)) {
                        order.specification(line, segment.get(5), segment.at(5));
                    }
                }
                default -> {
                    // other segments carry nothing the order records
                }
            }
        }
        return order.build(customerId, masterData);
    }

    /** The position of the product code in PO1's qualifier/value pairs (PO106/07 onwards), 0 when none. */
    private static int partNumber(Segment po1) {
        for (String qualifier : PART_QUALIFIERS) {
            for (int element = 6; element < po1.elements().size(); element += 2) {
                if (qualifier.equals(po1.get(element)) && !po1.get(element + 1).isEmpty()) {
                    return element + 1;
                }
            }
        }
        return 0;
    }

    /** The PER communication number with this qualifier (PER03/04, 05/06, 07/08). */
    private static String communication(Segment per, String qualifier) {
        for (int element = 3; element <= 7; element += 2) {
            if (qualifier.equals(per.get(element))) {
                return per.get(element + 1);
            }
        }
        return null;
    }
}
