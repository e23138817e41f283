/** Event types the production department appends ({@code production/<FACT>}). */
@Export
@Version("1.0.0")
package io.orderflow.production.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
