package io.orderflow.logistics.api;

import java.util.List;

/**
 * An order as logistics sees it: its lines' quantities, its stage, its shipments and installation.
 *
 * @param installation null for an order without installation, or before the job opens
 */
public record OrderShipping(String orderNumber, String customerId, ShippingMethod method, OrderStage stage,
                            boolean needsInstallation, List<LineQuantities> lines, List<Shipment> shipments,
                            Installation installation) {
}
