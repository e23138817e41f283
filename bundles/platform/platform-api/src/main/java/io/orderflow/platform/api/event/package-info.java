/** Domain events: the envelope every department appends to the platform outbox inside its own transaction. */
@Export
@Version("1.3.0")
package io.orderflow.platform.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
