/**
 * Transactions run the same way in every department: named retry policies, one duplicate-key recovery, for JPA and
 * for JDBC, with the SQL states that mean "try again" or "stored first by another" known per database in one place.
 */
@Export
@Version("1.0.0")
package io.orderflow.platform.api.tx;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
