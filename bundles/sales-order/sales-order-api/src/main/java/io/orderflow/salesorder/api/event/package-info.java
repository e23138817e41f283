/** The sales department's domain event types and their payload keys. */
@Export
@Version("1.1.0")
package io.orderflow.salesorder.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
