package io.orderflow.routes.edi.internal.ledger;

import java.util.List;

/**
 * Which partner order became which sales order.
 *
 * @param lineIds the partner's own line numbers, in line order
 */
public record OrderLink(String orderNumber, String partner, long interchangeId, String transactionSet,
                        String customerPo, List<String> lineIds) {
}
