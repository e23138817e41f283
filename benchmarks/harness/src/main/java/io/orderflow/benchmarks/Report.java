package io.orderflow.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one run of the benchmarks: a table for people and one JSON file so that runs can be compared
 * ({@code machine} and {@code at} say where and when).
 */
public final class Report {

    private final String machine;
    private final Instant at;
    private final List<Figure> figures = new ArrayList<>();

    public Report(String machine, Instant at) {
        this.machine = machine;
        this.at = at;
    }

    /** This machine in a few words: processors and the JVM. */
    public static String thisMachine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }

    public Report add(Figure figure) {
        figures.add(figure);
        return this;
    }

    /** One line per figure: Orderflow's median and spread, the baseline's, and the ratio. */
    public String table() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "Benchmarks, %s, %s%n", machine, at));
        table.append(String.format(Locale.ROOT, "%-24s %14s %7s %14s %7s %7s  %s%n", "figure", "orderflow",
                "spread", "baseline", "spread", "ratio", "unit"));
        for (Figure figure : figures) {
            table.append(String.format(Locale.ROOT, "%-24s %14.1f %6.0f%% %14.1f %6.0f%% %7.2f  %s%n", figure.id(),
                    figure.orderflow().median(), 100 * figure.orderflow().spread(), figure.baseline().median(),
                    100 * figure.baseline().spread(), figure.ratio(), figure.orderflow().unit()));
        }
        return table.toString();
    }

    /** Writes the JSON report to {@code file}, creating its folder. */
    public void write(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode().put("machine", machine).put("at", at.toString());
        ArrayNode list = root.putArray("figures");
        for (Figure figure : figures) {
            ObjectNode node = list.addObject().put("id", figure.id()).put("title", figure.title())
                    .put("better", figure.better().name()).put("ratio", figure.ratio());
            sample(node.putObject("orderflow"), figure.orderflow());
            sample(node.putObject("baseline"), figure.baseline());
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        json.writeValue(file.toFile(), root);
    }

    private static void sample(ObjectNode node, Sample sample) {
        node.put("unit", sample.unit()).put("median", sample.median()).put("min", sample.min())
                .put("max", sample.max()).put("spread", sample.spread());
        sample.runs().forEach(node.putArray("runs")::add);
    }
}
