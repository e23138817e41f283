/**
 * Master data API: the customers, products and regions every department reads, and the EDI partners' item and
 * location tables, kept in one place. Implemented only by master-data-impl.
 */
@Export
@Version("2.1.0") // minor: partner tables (PartnerMappingService) and their import kinds
package io.orderflow.masterdata.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
