/**
 * The warehouse department's domain events, one record per event type ({@code warehouse/<FACT>}; one family for the
 * statuses of a transfer), each with its type and schema version; for order events the aggregate id is the order
 * number. Read them with the platform's {@link io.orderflow.platform.api.event.EventCodec}; quantities travel as plain
 * decimal strings, dates as {@code yyyy-MM-dd}.
 */
@Export
@Version("2.0.0")
package io.orderflow.warehouse.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
