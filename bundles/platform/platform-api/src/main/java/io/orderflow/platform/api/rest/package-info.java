/** Publishing a department's JAX-RS resources under /api with Orderflow's authentication, roles and JSON. */
@Export
@Version("1.3.0")
package io.orderflow.platform.api.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
