package io.orderflow.platform.api.schema;

import java.net.URL;
import java.util.Collection;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Brings a department's database schema up to date with the SQL scripts its bundle ships.
 * <p>
 * Scripts are named {@code V<version>__<description>.sql} (e.g. {@code V2__order_flags.sql}); statements are
 * separated by a line ending in {@code ;}. Each script runs once, in version order, in its own transaction together
 * with the record of it in {@code PLATFORM.SCHEMA_VERSION}. A script already applied must not change: its checksum
 * is compared and a difference stops the migration. Concurrent callers for the same schema wait for each other.
 */
@ProviderType
public interface SchemaMigrations {

    /**
     * Applies every script not yet applied to {@code schema}.
     *
     * @param schema  the schema name, e.g. {@code SALES_ORDER}
     * @param scripts the bundle's scripts, in any order (e.g. from {@code Bundle.findEntries})
     * @return the versions applied by this call, in order (empty when the schema was up to date)
     * @throws IllegalStateException when a script fails (its transaction is rolled back), a file name does not
     *                               follow the convention, or an applied script has changed
     */
    List<Integer> migrate(String schema, Collection<URL> scripts);

    /**
     * Applies the scripts shipped under {@code db/<schema>/} in the bundle of {@code anchor} (any class of it), as
     * {@link #migrate(String, Collection)} does; a bundle shipping none still has its schema's version checked.
     */
    List<Integer> migrateShipped(String schema, Class<?> anchor);
}
