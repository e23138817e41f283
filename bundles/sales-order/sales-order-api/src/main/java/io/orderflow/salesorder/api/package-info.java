/** Sales order API: order intake and queries, customers and products. Implemented only by sales-order-impl. */
@Export
@Version("1.1.0")
package io.orderflow.salesorder.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
