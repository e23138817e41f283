package io.orderflow.logistics.api;

import java.math.BigDecimal;

/**
 * Where one order line stands in logistics.
 *
 * @param ordered what the order asks for
 * @param planned in shipments not yet dispatched
 * @param shipped dispatched
 * @param closed  closed without shipping (CANCEL_REST)
 * @param open    still to put in a shipment: the backorder
 */
public record LineQuantities(int lineNo, String productCode, BigDecimal ordered, BigDecimal planned,
                             BigDecimal shipped, BigDecimal closed, BigDecimal open) {
}
