/**
 * The sales department's domain events, one record per event type ({@code sales-order/<FACT>}), each with its
 * {@code TYPE} and schema version; the aggregate id is the order number. Read them with the platform's
 * {@link io.orderflow.platform.api.event.EventCodec}; quantities and amounts travel as plain decimal strings, dates as
 * {@code yyyy-MM-dd}.
 */
@Export
@Version("2.1.0")   // minor: OrderConfirmed and OrderReceived carry type and replacementFor
package io.orderflow.salesorder.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
