/** The failure categories every department's exceptions fall into; REST maps them to 400, 404 and 409. */
@Export
@Version("1.0.0")
package io.orderflow.platform.api.error;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
