/**
 * Warehouse API: warehouses, stock per product and warehouse kept as a ledger of moves, the reservations of
 * confirmed orders, safety stock and transfers between warehouses, available-to-promise, and quarantine stock for returned goods. Implemented only by warehouse-transfer-impl.
 */
@Export
@Version("3.2.0")
package io.orderflow.warehouse.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
