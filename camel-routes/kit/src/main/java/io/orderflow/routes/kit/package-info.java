/**
 * What every route bundle shares: {@link io.orderflow.routes.kit.RouteContext}, the owner of the bundle's Camel
 * context, {@link io.orderflow.routes.kit.KitRoutes}, the base of its routes (route ids, error handling), and
 * {@link io.orderflow.routes.kit.QuietPolls}, how a polled endpoint reports a lasting failure (once, with back-off).
 */
@Export
@Version("1.1.0")
package io.orderflow.routes.kit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
