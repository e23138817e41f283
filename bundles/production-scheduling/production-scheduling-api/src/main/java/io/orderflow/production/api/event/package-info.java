/**
 * The production department's domain events, one record per event type ({@code production/<FACT>}), each with its
 * {@code TYPE} and schema version; the aggregate id is the sales order number. Read them with the platform's
 * {@link io.orderflow.platform.api.event.EventCodec}; quantities travel as plain decimal strings, dates as
 * {@code yyyy-MM-dd}.
 */
@Export
@Version("2.0.0")
package io.orderflow.production.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
