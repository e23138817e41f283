package io.orderflow.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The last part of {@link DistributionIT}: the distribution, taking a pile of 850 files, is killed with SIGKILL at
 * random moments and started again. In the end every interchange has given exactly one order and exactly one 997,
 * every file is in processed/, and nothing was refused.
 */
final class EdiCrash {

    private static final Duration LIMIT = Duration.ofSeconds(120);
    private static final Pattern ACKNOWLEDGED_GROUP = Pattern.compile("AK1\\*PO\\*(\\d+)~");

    private EdiCrash() {
    }

    /** Before the first start: the gateway polls quickly. */
    static void prepare(OrderflowProcess orderflow) throws IOException {
        orderflow.setProperty("etc/orderflow.routes.edi.gateway.cfg", "pollDelayMillis", "200");
        orderflow.setProperty("etc/orderflow.routes.edi.gateway.cfg", "readLockCheckMillis", "200");
    }

    /** Runs on the running {@code orderflow}, which has taken no EDI file yet, and stops it. */
    static void killedWhileTakingFilesCreatesEachOrderAndAcknowledgementOnce(OrderflowProcess orderflow,
                                                                              String password) throws Exception {
        int files = Integer.getInteger("orderflow.it.ediFiles", 200);
        int cycles = Integer.getInteger("orderflow.it.killCycles", 2);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        System.out.println("kill points drawn with seed " + seed);
        Path demo = orderflow.home().resolve("data/edi/demo");
        await("the demo partner's folders").atMost(LIMIT).until(() -> Files.isDirectory(demo.resolve("in")));
        long ordersBefore = orderCount(orderflow.http(), password);
        for (int i = 1; i <= files; i++) {
            drop(demo.resolve("in"), i);
        }
        Path processed = demo.resolve("processed");
        for (int cycle = 1; cycle <= cycles; cycle++) {
            // killed once a random number of further files is through: always in the middle of the pile
            long target = count(processed) + 1 + random.nextInt(Math.max(1, files / (cycles + 1)));
            await("files taken before kill " + cycle).atMost(LIMIT).pollInterval(Duration.ofMillis(20))
                    .until(() -> count(processed) >= target);
            orderflow.kill(LIMIT);
            System.out.printf("cycle %d: killed after %d of %d files were taken%n", cycle, count(processed), files);
            orderflow.start();
            orderflow.awaitReady(LIMIT);
        }
        await("every file taken").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                .until(() -> count(demo.resolve("in")) == 0);

        assertEquals("every file in processed/, none refused", files, count(processed));
        assertEquals(0, count(demo.resolve("rejected")));
        assertEachGroupAcknowledgedOnce(demo.resolve("out"), files);
        assertEachInterchangeGaveOneOrder(orderflow.http(), password, files, ordersBefore);
        orderflow.stop(LIMIT);
    }

    /** One interchange per file, control number i, group i, one 850 for PO CRASH-i. */
    private static void drop(Path in, int i) throws IOException {
        String control = String.format("%09d", i);
        String interchange = EdiTests.x12(control, "DEMOPARTNER", "ORDERFLOW", i,
                EdiTests.x12Order("0001", "CRASH-" + i, "PO1*1*1*EA*25**VP*LED-LAMP~"));
        Path part = in.resolve("po-" + i + ".x12.part");
        Files.writeString(part, interchange, StandardCharsets.ISO_8859_1);
        Files.move(part, in.resolve("po-" + i + ".x12"), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void assertEachGroupAcknowledgedOnce(Path out, int files) throws IOException {
        Map<Integer, Integer> acknowledgements = new HashMap<>();
        try (Stream<Path> written = Files.list(out)) {
            for (Path file : written.filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                Matcher group = ACKNOWLEDGED_GROUP.matcher(Files.readString(file, StandardCharsets.ISO_8859_1));
                while (group.find()) {
                    acknowledgements.merge(Integer.parseInt(group.group(1)), 1, Integer::sum);
                }
            }
        }
        assertEquals("a 997 for each interchange", files, acknowledgements.size());
        acknowledgements.forEach((group, times) -> assertEquals("997s for group " + group, 1, (int) times));
    }

    private static void assertEachInterchangeGaveOneOrder(Http http, String password, int files, long ordersBefore) {
        JsonNode counts = http.get("/edi/counts", "admin", password).json().get(0);
        assertEquals(counts.toString(), "demo", counts.get("partner").asText());
        assertEquals("one ledger document per file, also when it was taken again after a kill", files,
                counts.get("filesIn").asLong());
        assertEquals(files, counts.get("processed").asLong());
        assertEquals("one order per interchange, none twice", ordersBefore + files, orderCount(http, password));
        Set<String> numbers = new HashSet<>();
        for (JsonNode interchange : http.get("/edi/interchanges?partner=demo&direction=IN&limit=500", "admin",
                password).json()) {
            assertEquals(interchange.toString(), "ACKNOWLEDGED", interchange.get("state").asText());
            assertEquals(interchange.toString(), 1, interchange.get("orders").size());
            assertEquals(interchange.toString(), 0, interchange.get("duplicates").asInt());
            assertTrue(interchange.toString(), numbers.add(interchange.get("orders").get(0).asText()));
        }
        assertEquals(Math.min(files, 500), numbers.size());
    }

    private static long orderCount(Http http, String password) {
        return http.get("/sales-order/orders?size=1", "admin", password).json().get("total").asLong();
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> found = Files.list(folder)) {
            return found.filter(f -> !f.getFileName().toString().startsWith(".")).count();
        }
    }
}
