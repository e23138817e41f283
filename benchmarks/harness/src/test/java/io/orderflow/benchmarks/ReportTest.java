package io.orderflow.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Medians, spreads and ratios as a reader of the report takes them, and the JSON a later run is compared with. */
class ReportTest {

    @TempDir
    Path dir;

    @Test
    void theMedianOfTheMeasuredRunsAfterTheWarmUpAndTheirSpread() throws Exception {
        AtomicInteger run = new AtomicInteger();
        double[] values = {1000, 5, 30, 10, 20}; // the first is a warm-up's, dropped
        Sample sample = Runs.measure("files/s", 1, 4, () -> values[run.getAndIncrement()]);
        assertEquals(List.of(5.0, 30.0, 10.0, 20.0), sample.runs());
        assertEquals(15.0, sample.median());
        assertEquals(25.0 / 15.0, sample.spread(), 1e-9);
        assertEquals(20.0, new Sample("ms", List.of(30.0, 10.0, 20.0)).median());
        assertThrows(IllegalArgumentException.class, () -> Runs.measure("ms", 0, 2, () -> 1));
    }

    @Test
    void aRateIsComparedAsAShareOfTheBaselineAndATimeTheOtherWayRound() {
        Sample half = new Sample("orders/s", List.of(50.0, 50.0, 50.0));
        Sample full = new Sample("orders/s", List.of(100.0, 100.0, 100.0));
        assertEquals(0.5, new Figure("B8.rest-16", "REST intake", half, full, Figure.Better.HIGHER).ratio());
        Sample slow = new Sample("ms", List.of(20.0, 20.0, 20.0));
        Sample quick = new Sample("ms", List.of(10.0, 10.0, 10.0));
        assertEquals(0.5, new Figure("B3.lookup-p99", "order lookup", slow, quick, Figure.Better.LOWER).ratio());
    }

    @Test
    void oneJsonReportHoldsEveryFigureWithItsRunsAndTheTableShowsThem() throws Exception {
        Report report = new Report("2 cores", Instant.parse("2026-12-03T12:00:00Z")).add(new Figure("B1.edi-files",
                "EDI 850 files to orders", new Sample("files/s", List.of(100.0, 120.0, 110.0)),
                new Sample("files/s", List.of(400.0, 440.0, 420.0)), Figure.Better.HIGHER));
        report.write(dir.resolve("out/benchmarks.json"));

        JsonNode json = new ObjectMapper().readTree(dir.resolve("out/benchmarks.json").toFile());
        assertEquals("2026-12-03T12:00:00Z", json.get("at").asText());
        JsonNode figure = json.get("figures").get(0);
        assertEquals("B1.edi-files", figure.get("id").asText());
        assertEquals(110.0, figure.get("orderflow").get("median").asDouble());
        assertEquals(3, figure.get("baseline").get("runs").size());
        assertEquals(110.0 / 420.0, figure.get("ratio").asDouble(), 1e-9);
        String table = report.table();
        assertTrue(table.contains("B1.edi-files") && table.contains("110.0") && table.contains("0.26"), table);
    }
}
