package io.orderflow.routes.edi.internal.mapping;

import io.orderflow.routes.edi.internal.syntax.ItemNumber;
import io.orderflow.routes.edi.internal.syntax.Location;
import io.orderflow.routes.edi.internal.syntax.SyntaxError;
import io.orderflow.salesorder.api.ExternalOrder;
import java.util.List;
import java.util.Map;

/**
 * A transaction set (or its part for one ship-to location) turned into an order for sales.
 *
 * @param purchaseOrder the partner's PO number as sent, for its order response (a split order's own number is
 *                      suffixed with its location)
 * @param lineIds  the partner's line numbers, in line order
 * @param lineItems the item numbers of each line as the partner qualified them, in line order
 * @param sources  where each order field came from, so that sales' objections can be reported against the segment
 *                 and element the partner wrote (keys as sales names fields: {@code customerPo},
 *                 {@code lines[0].quantity})
 * @param problems what makes the set unusable before sales sees it; empty when it can be offered
 */
public record MappedOrder(ExternalOrder order, String purchaseOrder, List<String> lineIds,
                          List<List<ItemNumber>> lineItems, Map<String, Location> sources, List<SyntaxError> problems) {

    /** Where the field named by sales came from: the field itself, the nearest enclosing one, or the set header. */
    public Location sourceOf(String field) {
        for (String key = field; !key.isEmpty(); key = parent(key)) {
            Location location = sources.get(key);
            if (location != null) {
                return location;
            }
        }
        return sources.get("");
    }

    private static String parent(String field) {
        int cut = Math.max(field.lastIndexOf('.'), field.lastIndexOf('['));
        return cut < 0 ? "" : field.substring(0, cut);
    }
}
