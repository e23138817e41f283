/** Who acts: the roles of the business (docs/business-rules.md §1) and the actor a request or shell command runs as. */
@Export
@Version("1.0.0")
package io.orderflow.platform.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
