/** Human-readable yearly document numbers such as SO-2026-000123. */
@Export
@Version("1.0.0")
package io.orderflow.platform.api.sequence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
