package io.orderflow.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.KarafDistributionOption;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The EDI gateway measured in the real distribution (run with {@code -Pbench}, not in CI): 850 files dropped into
 * the demo partner's folder until each is a persisted sales order with its 997, next to, in the same run, a raw
 * StAEDI scan of the same bytes and a raw JDBC insert of the same orders and lines (one transaction per order).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EdiBenchmark extends SalesOrderFlowTest {

    private static final int FILES = Integer.getInteger("orderflow.bench.ediFiles", 500);
    private static final String[] PRODUCTS = {"LED-LAMP", "DESK-LAMP", "FLOOR-LAMP"};

    @Configuration
    @Override
    public Option[] config() {
        return OrderflowKaraf.options(
                KarafDistributionOption.editConfigurationFilePut("etc/orderflow.routes.edi.gateway.cfg", "pollDelayMillis",
                        "100"),
                KarafDistributionOption.editConfigurationFilePut("etc/orderflow.routes.edi.gateway.cfg",
                        "readLockCheckMillis", "100"));
    }

    @Test
    public void filesToOrdersNextToARawScanAndARawInsert() throws Exception {
        List<String> files = new ArrayList<>();
        for (int i = 1; i <= FILES; i++) {
            files.add(file(i));
        }
        long scan = best(() -> scan(files));
        long insert = timed(() -> insert(files));
        Path in = Path.of(System.getProperty("karaf.data"), "edi", "demo", "in");
        Path processed = in.resolveSibling("processed");
        await().atMost(Duration.ofMinutes(1)).until(() -> Files.isDirectory(in));
        long gateway = timed(() -> {
            for (int i = 0; i < files.size(); i++) {
                Path part = in.resolve(".bench-" + i + ".part");
                Files.writeString(part, files.get(i), StandardCharsets.ISO_8859_1);
                Files.move(part, in.resolve("bench-" + i + ".x12"), StandardCopyOption.ATOMIC_MOVE);
            }
            await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> count(processed) == FILES);
        });
        assertEquals(FILES, new Db(dataSource).count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER WHERE CUSTOMER_PO"
                + " LIKE 'BENCH-%'"));

        String report = String.format("EDI benchmark: %d 850 files of %d lines, 2 cores%n"
                        + "  gateway (file -> ledger -> sales order -> 997): %8.1f files/s (%d ms)%n"
                        + "  raw StAEDI scan of the same bytes:              %8.1f files/s (%d ms, best of 3)%n"
                        + "  raw JDBC insert of the same orders and lines:    %8.1f files/s (%d ms)%n"
                        + "  the gateway takes %.1f times the scan's time and %.1f times the insert's%n",
                FILES, PRODUCTS.length, rate(gateway), gateway / 1_000_000, rate(scan), scan / 1_000_000, rate(insert),
                insert / 1_000_000, (double) gateway / scan, (double) gateway / insert);
        System.out.print(report);
        Files.writeString(Path.of(System.getProperty("orderflow.bench.ediReport", "target/edi-benchmark.txt")), report);
    }

    private static String file(int i) {
        List<String> lines = new ArrayList<>();
        for (int l = 0; l < PRODUCTS.length; l++) {
            lines.add("PO1*" + (l + 1) + "*" + (l + 2) + "*EA*25**VP*" + PRODUCTS[l] + "~");
        }
        return EdiTests.x12(String.format("%09d", 500_000 + i), "DEMOPARTNER", "ORDERFLOW", 500_000 + i,
                EdiTests.x12Order("0001", "BENCH-" + i, lines.toArray(new String[0])));
    }

    private static void scan(List<String> files) throws Exception {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(EDIInputFactory.class.getClassLoader());
        try {
            for (String file : files) {
                try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(
                        file.getBytes(StandardCharsets.ISO_8859_1)), "ISO-8859-1")) {
                    while (reader.hasNext()) {
                        reader.next();
                    }
                }
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void insert(List<String> files) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement ddl = c.createStatement()) {
            ddl.execute("CREATE TABLE BENCH_ORDER (ID INT PRIMARY KEY, CUSTOMER_ID VARCHAR(20), CUSTOMER_PO VARCHAR(50),"
                    + " STATUS VARCHAR(20), RECEIVED_AT TIMESTAMP)");
            ddl.execute("CREATE TABLE BENCH_LINE (ORDER_ID INT, LINE_NO INT, PRODUCT VARCHAR(40), QUANTITY DECIMAL(12,3),"
                    + " UNIT_PRICE DECIMAL(12,2), PRIMARY KEY (ORDER_ID, LINE_NO))");
            c.setAutoCommit(false);
            try (PreparedStatement order = c.prepareStatement("INSERT INTO BENCH_ORDER VALUES (?, 'CUST-E', ?,"
                    + " 'RECEIVED', CURRENT_TIMESTAMP)");
                 PreparedStatement line = c.prepareStatement("INSERT INTO BENCH_LINE VALUES (?, ?, ?, ?, 25)")) {
                for (int i = 1; i <= files.size(); i++) {
                    order.setInt(1, i);
                    order.setString(2, "RAW-" + i);
                    order.executeUpdate();
                    for (int l = 0; l < PRODUCTS.length; l++) {
                        line.setInt(1, i);
                        line.setInt(2, l + 1);
                        line.setString(3, PRODUCTS[l]);
                        line.setInt(4, l + 2);
                        line.executeUpdate();
                    }
                    c.commit();
                }
            }
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static long timed(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static long best(Work work) throws Exception {
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            best = Math.min(best, timed(work));
        }
        return best;
    }

    private static double rate(long nanos) {
        return FILES / (nanos / 1e9);
    }

    private static long count(Path folder) throws Exception {
        try (var found = Files.list(folder)) {
            return found.filter(f -> !f.getFileName().toString().startsWith(".")).count();
        }
    }
}
