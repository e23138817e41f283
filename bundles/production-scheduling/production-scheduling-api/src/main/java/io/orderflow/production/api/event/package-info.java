/**
 * The production department's domain events, one record per event type ({@code production/<FACT>}), each with its
 * {@code TYPE} and schema version; the aggregate id is the sales order number. A rework order
 * ({@link io.orderflow.production.api.ReworkService}) serves no sales order: it appends only {@code QUALITY_PASSED},
 * with its reference as the aggregate id and line 0. Read them with the platform's
 * {@link io.orderflow.platform.api.event.EventCodec}; quantities travel as plain decimal strings, dates as
 * {@code yyyy-MM-dd}.
 */
@Export
@Version("2.0.0")
package io.orderflow.production.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
