/**
 * The finance department's domain events, one record per event type ({@code finance/<FACT>}), each with its type and
 * schema version; the aggregate id is the order number (a payment's events name each order they touch). Amounts are in
 * their currency's ISO 4217 scale. Read them with the platform's {@link io.orderflow.platform.api.event.EventCodec}.
 */
@Export
@Version("0.1.0")
package io.orderflow.finance.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
