package io.orderflow.logistics.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A shipment about to be created.
 *
 * @param lines      what to ship of each order line; lines left out ship nothing this time
 * @param rest       what becomes of what the shipment leaves open; KEEP_OPEN when null
 * @param restReason required with CANCEL_REST
 */
public record ShipmentDraft(String orderNumber, List<Line> lines, RestDecision rest, String restReason,
                            Freight freight) {

    public record Line(Integer lineNo, BigDecimal quantity) {
    }
}
