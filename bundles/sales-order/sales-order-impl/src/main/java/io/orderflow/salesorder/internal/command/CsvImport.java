package io.orderflow.salesorder.internal.command;

import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV file with a header row and saves row by row, collecting a report of what was saved and refused. */
final class CsvImport {

    private CsvImport() {
    }

    /** Per row: the key saved, or the problems that refused it. */
    record Report(List<String> saved, List<String> refused) {
        void print(PrintStream out) {
            out.printf("%d row(s) saved, %d refused%n", saved.size(), refused.size());
            refused.forEach(out::println);
        }
    }

    static Report run(Path file, String[] header, Function<CSVRecord, String> save) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<String> saved = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = format.parse(reader)) {
            List<String> missing = new ArrayList<>(List.of(header));
            missing.removeAll(parser.getHeaderNames());
            if (!missing.isEmpty()) {
                throw new ValidationException("header", "missing columns " + missing + "; expected " + List.of(header));
            }
            for (CSVRecord row : parser) {
                try {
                    saved.add(save.apply(row));
                } catch (ValidationException e) {
                    refused.add("row " + (row.getRecordNumber() + 1) + ": " + describe(e.problems()));
                } catch (IllegalArgumentException e) {
                    refused.add("row " + (row.getRecordNumber() + 1) + ": " + e.getMessage());
                }
            }
        }
        return new Report(saved, refused);
    }

    static int integer(CSVRecord row, String column) {
        try {
            return Integer.parseInt(row.get(column));
        } catch (NumberFormatException e) {
            throw new ValidationException(column, "must be a whole number, got '" + row.get(column) + "'");
        }
    }

    private static String describe(List<FieldProblem> problems) {
        StringBuilder sb = new StringBuilder();
        for (FieldProblem p : problems) {
            sb.append(sb.length() == 0 ? "" : "; ").append(p.field()).append(' ').append(p.problem());
        }
        return sb.toString();
    }
}
