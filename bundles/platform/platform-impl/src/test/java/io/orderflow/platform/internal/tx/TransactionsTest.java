package io.orderflow.platform.internal.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.platform.api.tx.Retry;
import io.orderflow.platform.internal.DerbyMemory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransactionsTest {

    private final DataSource ds = DerbyMemory.newDatabase();
    private TransactionsImpl transactions;

    @BeforeEach
    void database() throws SQLException {
        transactions = new TransactionsImpl(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE APP.COUNTER (NAME VARCHAR(10) PRIMARY KEY, VAL INT NOT NULL)");
        }
    }

    private static RuntimeException failing(String sqlState) {
        return new IllegalStateException("provider failure", new RuntimeException(new SQLException("db", sqlState)));
    }

    /** A transaction that fails with {@code sqlState} on its first {@code failures} attempts, counting them all. */
    private static Supplier<String> failingFirst(int failures, String sqlState, AtomicInteger attempts) {
        return () -> {
            if (attempts.incrementAndGet() <= failures) {
                throw failing(sqlState);
            }
            return "done";
        };
    }

    @Test
    void statesArePerDatabaseAndFoundAnywhereInTheCauseChain() {
        assertTrue(SqlStates.DERBY.isTransient(failing("40XL1")));
        assertTrue(SqlStates.DERBY.isTransient(failing("40001")));
        assertFalse(SqlStates.DERBY.isTransient(failing("40P01")));
        assertTrue(SqlStates.POSTGRESQL.isTransient(failing("40P01")));
        assertTrue(SqlStates.POSTGRESQL.isTransient(failing("55P03")));
        assertFalse(SqlStates.POSTGRESQL.isTransient(failing("40XL1")));
        assertTrue(SqlStates.POSTGRESQL.isDuplicateKey(failing("23505")));
        assertFalse(SqlStates.DERBY.isDuplicateKey(new IllegalStateException("no SQL here")));
        assertSame(SqlStates.DERBY, SqlStates.of("Apache Derby"));
        assertSame(SqlStates.POSTGRESQL, SqlStates.of("PostgreSQL"));
        assertThrows(IllegalStateException.class, () -> SqlStates.of("Oracle"));
    }

    @Test
    void transientFailuresAreRetriedUpToTheLimitAndNoFurther() {
        AtomicInteger attempts = new AtomicInteger();
        assertEquals("done", transactions.run(Retry.transientFailures(3), failingFirst(2, "40XL1", attempts)));
        assertEquals(3, attempts.get());

        AtomicInteger always = new AtomicInteger();
        assertThrows(IllegalStateException.class,
                () -> transactions.run(Retry.transientFailures(2), failingFirst(99, "40001", always)));
        assertEquals(2, always.get());

        AtomicInteger once = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> transactions.run(Retry.NONE, failingFirst(1, "40001", once)));
        assertEquals(1, once.get());
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        RuntimeException duplicate = failing("23505");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> transactions.run(Retry.transientFailures(5),
                () -> {
                    attempts.incrementAndGet();
                    throw duplicate;
                }));
        assertSame(duplicate, thrown);
        assertEquals(1, attempts.get());
    }

    @Test
    void aFirstInsertRaceRunsOnceMoreButASecondDuplicateIsReal() {
        AtomicInteger raced = new AtomicInteger();
        assertEquals("done", transactions.run(Retry.firstInsert(5), failingFirst(1, "23505", raced)));
        assertEquals(2, raced.get());

        AtomicInteger twice = new AtomicInteger();
        assertThrows(IllegalStateException.class,
                () -> transactions.run(Retry.firstInsert(5), failingFirst(2, "23505", twice)));
        assertEquals(2, twice.get());
    }

    @Test
    void aKeyStoredByAnotherIsAnsweredWithWhatTheOtherStored() {
        AtomicInteger attempts = new AtomicInteger();
        assertEquals("theirs", transactions.run(Retry.transientFailures(5), failingFirst(1, "23505", attempts),
                () -> "theirs"));
        assertEquals(1, attempts.get());
        assertThrows(IllegalStateException.class, () -> transactions.run(Retry.NONE,
                failingFirst(1, "42X05", new AtomicInteger()), () -> "theirs"));
    }

    @Test
    void jdbcWorkCommitsOrRollsBackWhole() {
        transactions.jdbc(Retry.NONE, tx -> insert(tx, "a", 1));
        assertThrows(IllegalStateException.class, () -> transactions.jdbc(Retry.NONE, tx -> {
            insert(tx, "b", 1);
            return insert(tx, "a", 2); // duplicate: b goes with it
        }));
        assertEquals(1, count());
    }

    @Test
    void aRefusedInsertLeavesTheCallersTransactionUsable() {
        transactions.jdbc(Retry.NONE, tx -> insert(tx, "a", 1));
        String answer = transactions.jdbc(Retry.NONE, tx -> {
            insert(tx, "b", 1);
            String first = transactions.insertOrElse(tx, t -> "inserted " + insert(t, "c", 1), t -> "was there");
            String second = transactions.insertOrElse(tx, t -> "inserted " + insert(t, "a", 9), t -> "was there");
            return first + ", " + second;
        });
        assertEquals("inserted 1, was there", answer);
        assertEquals(3, count(), "b and c committed with the caller's transaction");
    }

    private static int insert(Connection tx, String name, int value) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement("INSERT INTO APP.COUNTER (NAME, VAL) VALUES (?, ?)")) {
            ps.setString(1, name);
            ps.setInt(2, value);
            return ps.executeUpdate();
        }
    }

    private int count() {
        return transactions.jdbc(Retry.NONE, tx -> {
            try (Statement s = tx.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM APP.COUNTER")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
