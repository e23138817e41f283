/**
 * The failure categories every department's exceptions fall into (REST maps them to 400, 403, 404, 409 and 503), and the
 * collector of input problems.
 */
@Export
@Version("1.1.0")
package io.orderflow.platform.api.error;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
