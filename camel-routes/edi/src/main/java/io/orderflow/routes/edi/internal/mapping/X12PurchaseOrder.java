package io.orderflow.routes.edi.internal.mapping;

import io.orderflow.routes.edi.internal.syntax.Segment;
import io.orderflow.routes.edi.internal.syntax.TransactionSet;
import java.util.List;
import java.util.Set;

/**
 * An X12 850 as orders: PO number from BEG03, delivery date from DTM (002 delivery requested, else 010 requested
 * ship), ship-to from the N1*ST loop (its location code N104, N3, N4), contact from PER, lines from PO1 (quantity and
 * unit, price, the item numbers of its qualifier pairs) with PID descriptions as the specification, and SDQ splitting a
 * line's quantity across the partner's locations.
 */
public final class X12PurchaseOrder {

    private static final Set<String> DELIVERY_DATES = Set.of("002", "010");

    private X12PurchaseOrder() {
    }

    /** @param reference the set's reference for sales, unique in its interchange */
    public static List<MappedOrder> map(TransactionSet set, String reference, String partner, String customerId,
                                        MasterData masterData) {
        DraftBuilder order = new DraftBuilder(partner, reference, set.segments().get(0).at(0));
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
                        order.shipTo(segment.get(4), segment.at(segment.get(4).isEmpty() ? 0 : 4));
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
                    order.quantity(line, segment.get(2), segment.get(3), segment.at(2));
                    if (!segment.get(4).isEmpty()) {
                        order.unitPrice(line, segment.get(4), segment.at(4));
                    }
                    for (int element = 6; element < segment.elements().size(); element += 2) {
                        order.item(line, segment.get(element), segment.get(element + 1), segment.at(element + 1));
                    }
                }
                case "SDQ" -> {
                    // SDQ03/04, 05/06 … 21/22: a location code and its quantity
                    for (int element = 3; line != null && element < segment.elements().size(); element += 2) {
                        order.quantityAt(line, segment.get(element), segment.get(element + 1), segment.get(1),
                                segment.at(1), segment.at(element + 1));
                    }
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
