/**
 * Sales order API: order intake (single and bulk) and queries, review, changes, lifecycle, follow-up and measures.
 * Customers and products are master data (io.orderflow.masterdata.api).
 * Implemented only by sales-order-impl.
 */
@Export
@Version("3.1.0")   // minor: replacement orders (ReplacementOrderService, OrderType.REPLACEMENT, SalesOrder.rma, …)
package io.orderflow.salesorder.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
