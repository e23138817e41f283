/**
 * Master data API: the customers, products and regions every department reads, the EDI partners' item and
 * location tables, and the organisation (who reports to whom), kept in one place. Implemented only by master-data-impl.
 */
@Export
@Version("3.0.0") // major: Customer gained its customer group, which changes its canonical constructor
package io.orderflow.masterdata.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
