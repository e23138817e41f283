package io.orderflow.logistics.api;

import java.math.BigDecimal;

/** What a shipment carries of one order line. */
public record ShipmentLine(int lineNo, String productCode, String specification, BigDecimal quantity, String unit) {
}
