/**
 * Sales order API: order intake (single and bulk) and queries, review, changes, lifecycle, follow-up and measures.
 * Customers and products are master data (io.orderflow.masterdata.api).
 * Implemented only by sales-order-impl.
 */
@Export
@Version("3.0.0")
package io.orderflow.salesorder.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
