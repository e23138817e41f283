/** Shared value types of Orderflow: money, quantities, customer and product references, addresses, contacts. */
@Export
@Version("1.1.0")
package io.orderflow.platform.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
