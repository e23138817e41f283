/** The warehouse department's domain event types. */
@Export
@Version("1.1.0")
package io.orderflow.warehouse.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
