/**
 * Warehouse API: warehouses, stock per product and warehouse kept as a ledger of moves, and the reservations of
 * confirmed orders. Implemented only by warehouse-transfer-impl.
 */
@Export
@Version("1.0.0")
package io.orderflow.warehouse.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
