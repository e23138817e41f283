/**
 * Logistics API: shipments of orders awaiting shipment and their backorders, dedicated-vehicle trips, dispatch, the
 * customer's sign-off and installation (docs/business-rules.md §8); and {@link io.orderflow.logistics.api.ShipmentRelease},
 * which finance implements to say whether an order may ship. Implemented only by logistics-impl.
 */
@Export
@Version("1.0.0")
package io.orderflow.logistics.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
