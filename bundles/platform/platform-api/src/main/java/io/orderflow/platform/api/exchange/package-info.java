/** The exchange folder: the one place where shell commands read the files they import and write what they export. */
@Export
@Version("1.0.0")
package io.orderflow.platform.api.exchange;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
