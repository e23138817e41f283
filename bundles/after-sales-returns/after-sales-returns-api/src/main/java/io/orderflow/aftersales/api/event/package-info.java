/**
 * The after-sales department's domain events, one record per event type ({@code after-sales/<FACT>}); the aggregate
 * id is the return's number ({@code RET-2026-000123}) and each names the order it returns goods of, so that the
 * order's timeline can show it. Read them with the platform's {@link io.orderflow.platform.api.event.EventCodec}.
 */
@Export
@Version("1.0.0")
package io.orderflow.aftersales.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
