package io.orderflow.platform.internal.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Applies versioned scripts to a schema and records them in {@code PLATFORM.SCHEMA_VERSION}. Plain JDBC, so it
 * runs the same in OSGi and in unit tests.
 */
final class Migrator {

    private static final String VERSION_TABLE = "PLATFORM.SCHEMA_VERSION";
    private static final String TABLE_EXISTS = "X0Y32";
    private static final String SCHEMA_EXISTS = "X0Y68";

    private final DataSource dataSource;
    private final Clock clock;

    Migrator(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    <T> List<Integer> migrate(String schema, Collection<T> sources, Function<T, MigrationScript> loader) {
        List<MigrationScript> scripts = sources.stream().map(loader).sorted(Comparator.comparingInt(MigrationScript::version)).toList();
        for (int i = 1; i < scripts.size(); i++) {
            if (scripts.get(i).version() == scripts.get(i - 1).version()) {
                throw new IllegalStateException(schema + ": two migration scripts have version " + scripts.get(i).version());
            }
        }
        try (Connection c = dataSource.getConnection()) {
            ensureVersionTable(c);
            verify(schema, appliedChecksums(c, schema), scripts); // also when the bundle ships no script at all
            c.setAutoCommit(false);
            List<Integer> applied = new ArrayList<>();
            for (MigrationScript script : scripts) {
                if (applyIfNew(c, schema, script, scripts)) {
                    applied.add(script.version());
                }
            }
            return applied;
        } catch (SQLException e) {
            throw new IllegalStateException(schema + ": schema migration failed: " + e.getMessage(), e);
        }
    }

    /** One transaction per script; the table lock makes concurrent migrations of any schema wait their turn. */
    private boolean applyIfNew(Connection c, String schema, MigrationScript script, List<MigrationScript> known)
            throws SQLException {
        try {
            try (Statement s = c.createStatement()) {
                s.execute("LOCK TABLE " + VERSION_TABLE + " IN EXCLUSIVE MODE");
            }
            Map<Integer, String> done = appliedChecksums(c, schema);
            verify(schema, done, known);
            if (done.containsKey(script.version())) {
                c.commit();
                return false;
            }
            for (String statement : script.statements()) {
                try (Statement s = c.createStatement()) {
                    s.execute(statement);
                } catch (SQLException e) {
                    throw new SQLException("V" + script.version() + " failed at: " + statement + " -> "
                            + e.getMessage(), e.getSQLState(), e);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + VERSION_TABLE
                    + " (SCHEMA_NAME, VERSION, DESCRIPTION, CHECKSUM, APPLIED_AT) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, schema);
                ps.setInt(2, script.version());
                ps.setString(3, script.description());
                ps.setString(4, script.checksum());
                ps.setTimestamp(5, Timestamp.from(clock.instant()));
                ps.executeUpdate();
            }
            c.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private static void verify(String schema, Map<Integer, String> done, List<MigrationScript> known) {
        Map<Integer, MigrationScript> byVersion = new HashMap<>();
        known.forEach(s -> byVersion.put(s.version(), s));
        done.forEach((version, checksum) -> {
            MigrationScript script = byVersion.get(version);
            if (script == null) {
                throw new IllegalStateException(schema + " is at version " + version
                        + ", which this bundle does not know: it is older than the data; install the newer bundle");
            }
            if (!script.checksum().equals(checksum)) {
                throw new IllegalStateException(schema + ": applied script V" + version
                        + " has changed since it ran; ship changes as a new version instead");
            }
        });
    }

    private static Map<Integer, String> appliedChecksums(Connection c, String schema) throws SQLException {
        Map<Integer, String> done = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT VERSION, CHECKSUM FROM " + VERSION_TABLE + " WHERE SCHEMA_NAME = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    done.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return done;
    }

    private static void ensureVersionTable(Connection c) throws SQLException {
        c.setAutoCommit(true);
        executeIgnoring(c, "CREATE SCHEMA PLATFORM", SCHEMA_EXISTS);
        executeIgnoring(c, "CREATE TABLE " + VERSION_TABLE + " (SCHEMA_NAME VARCHAR(128) NOT NULL, VERSION INT NOT NULL,"
                    + " DESCRIPTION VARCHAR(200) NOT NULL, CHECKSUM CHAR(64) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL,"
                    + " PRIMARY KEY (SCHEMA_NAME, VERSION))", TABLE_EXISTS);
    }

    private static void executeIgnoring(Connection c, String sql, String expectedState) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            if (!expectedState.equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
