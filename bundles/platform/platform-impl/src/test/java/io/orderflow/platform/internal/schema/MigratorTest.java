package io.orderflow.platform.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.platform.internal.DerbyMemory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class MigratorTest {

    private final DataSource ds = DerbyMemory.newDatabase();
    private final Migrator migrator = new Migrator(ds, Clock.systemUTC());

    private static MigrationScript script(String name, String sql) {
        return MigrationScript.parse(name, sql);
    }

    private List<Integer> migrate(MigrationScript... scripts) {
        return migrator.migrate("SHOP", List.of(scripts), Function.identity());
    }

    private int count(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private final MigrationScript v1 = script("V1__items.sql",
            "CREATE SCHEMA SHOP;\nCREATE TABLE SHOP.ITEM (ID INT PRIMARY KEY,\n NAME VARCHAR(20));\n");
    private final MigrationScript v2 = script("V2__item_price.sql",
            "-- a later release adds a column and keeps the rows\nALTER TABLE SHOP.ITEM ADD COLUMN PRICE INT;\n");

    @Test
    void appliesScriptsInVersionOrderOnceAndKeepsData() throws SQLException {
        assertEquals(List.of(1), migrate(v1));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO SHOP.ITEM (ID, NAME) VALUES (1, 'lamp')");
        }
        assertEquals(List.of(2), migrate(v2, v1));
        assertEquals(List.of(), migrate(v1, v2));
        assertEquals(1, count("SELECT COUNT(*) FROM SHOP.ITEM WHERE PRICE IS NULL AND NAME = 'lamp'"));
        assertEquals(2, count("SELECT COUNT(*) FROM PLATFORM.SCHEMA_VERSION WHERE SCHEMA_NAME = 'SHOP'"));
    }

    @Test
    void aFailingScriptLeavesNothingBehind() throws SQLException {
        migrate(v1);
        MigrationScript broken = script("V2__broken.sql",
                "CREATE TABLE SHOP.OTHER (ID INT);\nALTER TABLE SHOP.NOPE ADD COLUMN X INT;\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> migrate(v1, broken));
        assertTrue(e.getMessage().contains("V2 failed at: ALTER TABLE SHOP.NOPE"), e.getMessage());
        assertEquals(0, count("SELECT COUNT(*) FROM SYS.SYSTABLES WHERE TABLENAME = 'OTHER'"));
        assertEquals(1, count("SELECT COUNT(*) FROM PLATFORM.SCHEMA_VERSION WHERE SCHEMA_NAME = 'SHOP'"));
    }

    @Test
    void refusesAChangedAppliedScript() {
        migrate(v1);
        MigrationScript edited = script("V1__items.sql", "CREATE SCHEMA SHOP;\nCREATE TABLE SHOP.ITEM (ID BIGINT);\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> migrate(edited));
        assertTrue(e.getMessage().contains("V1 has changed"), e.getMessage());
    }

    @Test
    void refusesAnOlderBundleOnANewerSchema() {
        migrate(v1, v2);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> migrate(v1));
        assertTrue(e.getMessage().contains("at version 2, which this bundle does not know"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> migrate(), "also when the bundle ships no script at all");
    }

    @Test
    void refusesBadNamesAndDuplicateVersions() {
        assertThrows(IllegalStateException.class, () -> script("v1-items.sql", "SELECT 1 FROM SYSIBM.SYSDUMMY1;"));
        assertThrows(IllegalStateException.class, () -> script("V3__unterminated.sql", "CREATE TABLE SHOP.X (ID INT)"));
        MigrationScript otherV1 = script("V1__other.sql", "CREATE TABLE SHOP.X (ID INT);");
        assertThrows(IllegalStateException.class, () -> migrate(v1, otherV1));
    }

    @Test
    void concurrentMigrationsOfTheSameSchemaApplyEachScriptOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Integer>>> results = new ArrayList<>();
            Callable<List<Integer>> task = () -> migrate(v1, v2);
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(task));
            }
            List<Integer> applied = new ArrayList<>();
            for (Future<List<Integer>> f : results) {
                applied.addAll(f.get());
            }
            applied.sort(null);
            assertEquals(List.of(1, 2), applied);
        } finally {
            pool.shutdownNow();
        }
    }
}
