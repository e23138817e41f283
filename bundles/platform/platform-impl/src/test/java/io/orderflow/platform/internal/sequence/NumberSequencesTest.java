package io.orderflow.platform.internal.sequence;

import io.orderflow.platform.internal.tx.TransactionsImpl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.orderflow.platform.internal.DerbyMemory;
import io.orderflow.platform.internal.schema.PlatformSchema;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class NumberSequencesTest {

    private final DataSource ds = DerbyMemory.newDatabase();
    private final NumberSequencesImpl sequences = new NumberSequencesImpl(PlatformSchema.migrated(ds), new TransactionsImpl(ds));

    private String take(String prefix, int year, boolean commit) throws Exception {
        try (Connection c = DerbyMemory.transaction(ds)) {
            String number = sequences.next(c, prefix, year);
            if (commit) {
                c.commit();
            } else {
                c.rollback();
            }
            return number;
        }
    }

    @Test
    void numbersAreYearlyPerPrefixAndARollbackGivesTheNumberBack() throws Exception {
        assertEquals("SO-2026-000001", take("SO", 2026, true));
        assertEquals("SO-2026-000002", take("SO", 2026, false));
        assertEquals("SO-2026-000002", take("SO", 2026, true));
        assertEquals("SO-2027-000001", take("SO", 2027, true));
        assertEquals("TR-2026-000001", take("TR", 2026, true));
        assertThrows(IllegalArgumentException.class, () -> take("so", 2026, true));
    }

    @Test
    void concurrentCallersGetDistinctGapFreeNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> take("SO", 2030, true)));
            }
            Set<String> numbers = new HashSet<>();
            for (Future<String> f : futures) {
                numbers.add(f.get());
            }
            assertEquals(200, numbers.size());
            assertEquals(true, numbers.contains("SO-2030-000200"));
            assertEquals(false, numbers.contains("SO-2030-000201"));
        } finally {
            pool.shutdownNow();
        }
    }
}
