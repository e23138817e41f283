/**
 * Master data API: the customers, products and regions every department reads, the EDI partners' item and
 * location tables, and the organisation (who reports to whom), kept in one place. Implemented only by master-data-impl.
 */
@Export
@Version("2.2.0") // minor: the organisation table (OrganisationService, OrgMember) and its import kind
package io.orderflow.masterdata.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
