package io.orderflow.logistics.api.event;

import io.orderflow.logistics.api.FreightTerms;
import io.orderflow.logistics.api.OrderStage;
import io.orderflow.logistics.api.ShippingMethod;
import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A shipment of the order left the warehouse; sales moves the order to SHIPPED once {@code stage} says every line is
 * shipped or closed, and the EDI gateway writes the partner's dispatch advice.
 *
 * @param customerPo   the customer's purchase order number
 * @param shipmentLines what this shipment carries
 * @param lines        the order's lines after it
 * @param freight      who bears the freight, and the agreed amount finance invoices
 */
public record Dispatched(@Required String shipment, String customerId, String customerPo, ShippingMethod method,
                         LocalDate dispatchedOn, LocalDate estimatedArrival, List<Package> packages,
                         @Required List<Item> shipmentLines, @Required List<LineProgress> lines,
                         @Required OrderStage stage, Freight freight) implements EventPayload {

    public static final String TYPE = "logistics/DISPATCHED";

    /** A package with its carrier, tracking number and SSCC-18 ("" when none). */
    public record Package(String carrier, String trackingNumber, String sscc) {
    }

    /** The shipment's freight: the amount is null when the company bears it. */
    public record Freight(FreightTerms terms, BigDecimal amount, String currency) {
    }

    /** A line of the shipment. */
    public record Item(int lineNo, String productCode, String specification, BigDecimal quantity, String unit) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
