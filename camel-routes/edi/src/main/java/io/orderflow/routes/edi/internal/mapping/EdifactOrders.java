package io.orderflow.routes.edi.internal.mapping;

import io.orderflow.routes.edi.internal.syntax.Segment;
import io.orderflow.routes.edi.internal.syntax.TransactionSet;
import java.util.List;
import java.util.Set;

/**
 * An EDIFACT ORDERS as orders: PO number from BGM 1004, delivery date from DTM 2 (delivery requested), ship-to from
 * NAD+DP or NAD+ST (its party id, e.g. a GLN, as the location code), contact from CTA/COM, lines from LIN and PIA
 * (the item numbers with their type codes), QTY+21 with its unit, PRI and IMD (the description as the
 * specification); CUX gives the currency. Under a line, LOC+7 followed by QTY+11 gives the quantity for one of the
 * partner's locations, splitting the order per location.
 */
public final class EdifactOrders {

    private static final Set<String> SHIP_TO = Set.of("DP", "ST");

    private EdifactOrders() {
    }

    /** @param reference the message's reference for sales, unique in its interchange */
    public static List<MappedOrder> map(TransactionSet set, String reference, String partner, String customerId,
                                        MasterData masterData) {
        DraftBuilder order = new DraftBuilder(partner, reference, set.segments().get(0).at(0));
        String splitLocation = null;
        boolean shipTo = false;
        String contactName = null;
        String phone = null;
        String email = null;
        DraftBuilder.Line line = null;
        for (Segment segment : set.segments()) {
            switch (segment.tag()) {
                case "BGM" -> order.customerPo(segment.get(2), segment.at(2));
                case "DTM" -> {
                    if (line == null && "2".equals(segment.get(1, 1))) {
                        order.delivery(segment.get(1, 2), segment.at(1));
                    }
                }
                case "CUX" -> order.currency(segment.get(1, 2));
                case "NAD" -> {
                    shipTo = SHIP_TO.contains(segment.get(1));
                    if (shipTo) {
                        order.shipTo(segment.get(2, 1), segment.at(segment.get(2, 1).isEmpty() ? 0 : 2));
                        order.street(segment.get(5, 1), segment.get(5, 2), segment.at(5));
                        order.city(segment.get(6), segment.at(6));
                        order.postalCode(segment.get(8), segment.at(8));
                        order.country(segment.get(9), segment.at(9));
                    }
                }
                case "CTA" -> contactName = segment.get(2, 2).isEmpty() ? segment.get(2, 1) : segment.get(2, 2);
                case "COM" -> {
                    if ("TE".equals(segment.get(1, 2))) {
                        phone = segment.get(1, 1);
                    } else if ("EM".equals(segment.get(1, 2))) {
                        email = segment.get(1, 1);
                    }
                }
                case "LIN" -> {
                    shipTo = false;
                    line = order.line(segment.get(1), segment.at(0));
                    order.item(line, segment.get(3, 2), segment.get(3, 1), segment.at(3));
                    splitLocation = null;
                }
                case "PIA" -> {
                    // PIA02 to PIA06: additional item numbers, each with its type code
                    for (int element = 2; line != null && element <= segment.elements().size(); element++) {
                        order.item(line, segment.get(element, 2), segment.get(element, 1), segment.at(element));
                    }
                }
                case "LOC" -> splitLocation = line != null && "7".equals(segment.get(1)) ? segment.get(2, 1) : null;
                case "QTY" -> {
                    if (line != null && "21".equals(segment.get(1, 1))) {
                        order.quantity(line, segment.get(1, 2), segment.get(1, 3), segment.at(1));
                    } else if (line != null && splitLocation != null && "11".equals(segment.get(1, 1))) {
                        order.quantityAt(line, splitLocation, segment.get(1, 2), segment.get(1, 3), segment.at(1),
                                segment.at(1));
                    }
                }
                case "PRI" -> {
                    if (line != null && !segment.get(1, 2).isEmpty()) {
                        order.unitPrice(line, segment.get(1, 2), segment.at(1));
                    }
                }
                case "IMD" -> {
                    if (line != null && !segment.get(3, 4).isEmpty()) {
                        order.specification(line, segment.get(3, 4), segment.at(3));
                    }
                }
                default -> {
                    // other segments carry nothing the order records
                }
            }
        }
        if (contactName != null || phone != null || email != null) {
            order.contact(contactName, phone, email);
        }
        return order.build(customerId, masterData);
    }
}
