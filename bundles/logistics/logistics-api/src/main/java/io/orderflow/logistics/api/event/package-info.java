/**
 * The logistics department's domain events, one record per event type ({@code logistics/<FACT>}), each with its type
 * and schema version; the aggregate id is the order number. Each carries the order's shipping progress per line, so
 * that a subscriber never has to add shipments up. Read them with the platform's
 * {@link io.orderflow.platform.api.event.EventCodec}.
 */
@Export
@Version("1.0.0")
package io.orderflow.logistics.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
