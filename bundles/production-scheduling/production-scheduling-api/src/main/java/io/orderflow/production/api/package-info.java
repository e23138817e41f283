/**
 * Production API: production requirements, the schedule proposal and its purchase plan, production orders with
 * their progress, quality inspection and the what-if projection. Implemented only by production-scheduling-impl.
 */
@Export
@Version("2.0.0")
package io.orderflow.production.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
