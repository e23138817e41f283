package io.orderflow.platform.internal.schema;

import io.orderflow.platform.api.schema.SchemaMigrations;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;

/** Test helper: a database with the PLATFORM schema as the bundle ships it. */
public final class PlatformSchema {

    private PlatformSchema() {
    }

    public static SchemaMigrations migrated(DataSource ds) {
        Migrator migrator = new Migrator(ds, Clock.systemUTC());
        migrator.migrate("PLATFORM", shippedScripts(), MigrationScript::load);
        return new SchemaMigrations() {
            @Override
            public List<Integer> migrate(String schema, Collection<URL> scripts) {
                return migrator.migrate(schema, scripts, MigrationScript::load);
            }

            @Override
            public List<Integer> migrateShipped(String schema, Class<?> anchor) {
                throw new UnsupportedOperationException("no bundles in unit tests");
            }
        };
    }

    private static List<URL> shippedScripts() {
        try (Stream<Path> files = Files.list(Path.of(PlatformSchema.class.getResource("/db/PLATFORM").toURI()))) {
            return files.map(PlatformSchema::url).toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
