/** The business clock: the one source of "now" and "today" for every department. */
@Export
@Version("1.0.0")
package io.orderflow.platform.api.time;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
