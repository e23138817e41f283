/**
 * Master data API: the customers, products and regions every department reads, kept in one place. Implemented only by
 * master-data-impl.
 */
@Export
@Version("2.0.0")
package io.orderflow.masterdata.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
