package io.orderflow.platform.internal.schema;

import io.orderflow.platform.api.schema.SchemaMigrations;
import java.net.URL;
import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import javax.sql.DataSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema migration runner. Activating it brings the PLATFORM schema itself up to date, so every platform service
 * that references it finds its tables.
 */
@Component(service = SchemaMigrations.class)
public final class SchemaMigrationsImpl implements SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrationsImpl.class);

    private final Migrator migrator;

    @Activate
    public SchemaMigrationsImpl(@Reference(target = "(osgi.jndi.service.name=orderflow)") DataSource dataSource) {
        this.migrator = new Migrator(dataSource, Clock.systemUTC());
        migrateShipped("PLATFORM", SchemaMigrationsImpl.class);
    }

    @Override
    public List<Integer> migrateShipped(String schema, Class<?> anchor) {
        Bundle bundle = FrameworkUtil.getBundle(anchor);
        if (bundle == null) {
            throw new IllegalArgumentException(anchor + " does not come from a bundle");
        }
        Enumeration<URL> entries = bundle.findEntries("db/" + schema, "*.sql", false);
        return migrate(schema, entries == null ? List.of() : Collections.list(entries));
    }

    @Override
    public List<Integer> migrate(String schema, Collection<URL> scripts) {
        List<Integer> applied = migrator.migrate(schema, scripts, MigrationScript::load);
        if (applied.isEmpty()) {
            LOG.debug("Schema {} is up to date", schema);
        } else {
            LOG.info("Schema {} migrated: applied versions {}", schema, applied);
        }
        return applied;
    }
}
