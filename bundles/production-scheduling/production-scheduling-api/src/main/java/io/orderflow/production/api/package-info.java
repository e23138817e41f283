/**
 * Production API: production requirements, the schedule proposal and its purchase plan, production orders with
 * their progress, quality inspection, rework orders and the what-if projection. Implemented only by
 * production-scheduling-impl.
 */
@Export
@Version("2.1.0") // minor: ReworkService and ReworkRequest; ProductionOrder gained reworkReference (its former
                  // canonical constructor kept)
package io.orderflow.production.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
