package io.orderflow.routes.edi.internal.ledger;

import io.orderflow.routes.edi.internal.syntax.ItemNumber;
import java.util.List;

/**
 * Which partner order became which sales order.
 *
 * @param lineIds   the partner's own line numbers, in line order
 * @param lineItems the partner's item numbers of each line, in line order; empty for an order taken before they were
 *                  kept
 */
public record OrderLink(String orderNumber, String partner, long interchangeId, String transactionSet,
                        String customerPo, List<String> lineIds, List<List<ItemNumber>> lineItems) {

    /** The partner's line id for our line number (sales numbers a partner's lines from 1 in its order). */
    public String lineId(int lineNo) {
        return lineNo >= 1 && lineNo <= lineIds.size() ? lineIds.get(lineNo - 1) : String.valueOf(lineNo);
    }

    /** The partner's item numbers for our line number; empty when it gave none or the line was added later. */
    public List<ItemNumber> items(int lineNo) {
        return lineNo >= 1 && lineNo <= lineItems.size() ? lineItems.get(lineNo - 1) : List.of();
    }
}
