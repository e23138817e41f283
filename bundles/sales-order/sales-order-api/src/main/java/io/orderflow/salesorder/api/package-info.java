/**
 * Sales order API: order intake (single and bulk) and queries, review, changes, lifecycle, follow-up and measures,
 * customers and products.
 * Implemented only by sales-order-impl.
 */
@Export
@Version("1.4.0")
package io.orderflow.salesorder.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
