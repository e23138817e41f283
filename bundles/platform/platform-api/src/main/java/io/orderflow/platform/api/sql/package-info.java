/** Recognising database failures that a department handles: transient lock conflicts and duplicate keys. */
@Export
@Version("1.0.0")
package io.orderflow.platform.api.sql;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
