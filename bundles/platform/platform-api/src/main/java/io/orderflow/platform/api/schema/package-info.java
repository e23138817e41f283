/** Versioned SQL migrations, so that upgrading a bundle keeps the data of its schema. */
@Export
@Version("1.0.0")
package io.orderflow.platform.api.schema;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
