/**
 * Domain events: the envelope every department appends to the platform outbox inside its own transaction, the
 * {@link io.orderflow.platform.api.event.EventPayload} its producer types it with, and the one
 * {@link io.orderflow.platform.api.event.EventCodec} between the two.
 */
@Export
@Version("2.0.0")
package io.orderflow.platform.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
