/**
 * Warehouse API: warehouses, stock per product and warehouse kept as a ledger of moves, the reservations of
 * confirmed orders, safety stock and transfers between warehouses, and available-to-promise. Implemented only by warehouse-transfer-impl.
 */
@Export
@Version("3.1.0")
package io.orderflow.warehouse.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
