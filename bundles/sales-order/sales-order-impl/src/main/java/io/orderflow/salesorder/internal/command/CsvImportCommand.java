package io.orderflow.salesorder.internal.command;

import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.platform.api.exchange.ExchangeFolder;
import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.platform.api.text.Text;
import java.io.PrintStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;

/**
 * A shell import of a CSV file with a header row: each row is saved on its own, and the report names every row
 * refused with its problems.
 */
abstract class CsvImportCommand implements Action {

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Reference
    private ExchangeFolder exchange;

    @Argument(index = 0, name = "file", description = CommandInput.FILE + "; a CSV file with a header row")
    private String file;

    @Option(name = "--stdin", description = CommandInput.STDIN)
    private boolean stdin;

    /** The columns every file must have. */
    abstract List<String> header();

    /** Saves one row; throws ValidationException or IllegalArgumentException to refuse it. */
    abstract void save(CSVRecord row, Actor actor);

    @Override
    public Object execute() throws Exception {
        Actor actor = actors.current();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        int saved = 0;
        List<String> refused = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(CommandInput.text(exchange, session, file, stdin)))) {
            List<String> missing = new ArrayList<>(header());
            missing.removeAll(parser.getHeaderNames());
            if (!missing.isEmpty()) {
                throw new ValidationException("header", "missing columns " + missing + "; expected " + header());
            }
            for (CSVRecord row : parser) {
                try {
                    for (String value : row) {
                        String problem = Text.problem(value, false);
                        if (problem != null) {
                            throw new IllegalArgumentException("a value " + problem);
                        }
                    }
                    save(row, actor);
                    saved++;
                } catch (ValidationException e) {
                    refused.add("row " + (row.getRecordNumber() + 1) + ": " + describe(e.problems()));
                } catch (IllegalArgumentException e) {
                    refused.add("row " + (row.getRecordNumber() + 1) + ": " + e.getMessage());
                }
            }
        }
        PrintStream out = SafePrintStream.of(session.getConsole());
        out.printf("%d row(s) saved, %d refused%n", saved, refused.size());
        refused.forEach(out::println);
        return null;
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
