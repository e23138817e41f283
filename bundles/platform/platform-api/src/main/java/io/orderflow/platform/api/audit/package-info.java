/** The append-only audit trail: who did what, in which role, when and why. */
@Export
@Version("1.0.0")
package io.orderflow.platform.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
