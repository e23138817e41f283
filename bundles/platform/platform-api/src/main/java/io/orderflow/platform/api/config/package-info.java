/**
 * Configuration beyond metatype: checks a department adds for its PIDs, and the folders and files configuration may
 * point to.
 */
@Export
@Version("1.2.0")
package io.orderflow.platform.api.config;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
