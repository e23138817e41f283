package io.orderflow.salesorder.internal.domain;

import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.Contact;
import io.orderflow.salesorder.api.OrderDraft;
import io.orderflow.salesorder.api.OrderDraft.AddressDraft;
import io.orderflow.salesorder.api.OrderDraft.LineDraft;
import io.orderflow.salesorder.api.OrderDraft.MoneyDraft;
import io.orderflow.salesorder.api.OrderDraft.PolicyException;
import io.orderflow.salesorder.api.OrderImportService;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.orderflow.platform.api.text.Text;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a bulk order file (the format of {@link OrderImportService}) into order drafts, one per customer and PO
 * number, and places intake's problems back on the rows and columns they came from.
 */
public final class OrderCsv {

    static final List<String> REQUIRED = List.of("customerId", "customerPo", "requestedDelivery", "deliveryLine1",
            "deliveryCity", "deliveryCountry", "productCode", "quantity", "unitPrice", "currency");
    /** The columns that describe the order rather than the line: all its rows must agree on them. */
    private static final List<String> ORDER_COLUMNS = List.of("customerId", "requestedDelivery", "deliveryLine1",
            "deliveryLine2", "deliveryCity", "deliveryPostalCode", "deliveryCountry", "paymentTerms", "type", "custom",
            "installation", "shipBeforePayment", "policyException", "contactName", "contactPhone", "contactEmail");
    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)](?:\\.(\\w+))?(?:\\.(\\w+))?");

    /**
     * One order of the file.
     *
     * @param rows            its rows' line numbers in the file (the header is line 1), one per order line
     * @param customerPo      as written
     * @param draft           the order as intake will see it
     * @param readingProblems cells that could not be read (a number, a yes/no), or disagree with the order's first
     *                        row; when there are any the order is refused without going to intake
     */
    public record CsvOrder(List<Long> rows, String customerPo, OrderDraft draft,
                           Map<Long, List<FieldProblem>> readingProblems) {
    }

    /** A problem placed on a row and a column of the file. */
    public record RowProblem(long row, FieldProblem problem) {
    }

    private OrderCsv() {
    }

    /**
     * @throws ValidationException when required columns are missing, the file has no rows or more than
     *                             {@link OrderImportService#MAX_ROWS}
     */
    public static List<CsvOrder> read(Reader reader) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        Map<String, List<CSVRecord>> byOrder = new LinkedHashMap<>();
        try (CSVParser parser = format.parse(reader)) {
            List<String> missing = new ArrayList<>(REQUIRED);
            missing.removeAll(parser.getHeaderNames());
            if (!missing.isEmpty()) {
                throw new ValidationException("header", "missing columns " + missing + "; the first line names the"
                        + " columns, at least " + REQUIRED);
            }
            int count = 0;
            for (CSVRecord row : parser) {
                if (++count > OrderImportService.MAX_ROWS) {
                    throw new ValidationException("file", "has more than " + OrderImportService.MAX_ROWS
                            + " rows; split it into smaller files");
                }
                String key = cell(row, "customerPo") == null ? "row " + row.getRecordNumber()
                        : cell(row, "customerId") + "\u0000" + cell(row, "customerPo");
                byOrder.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // commons-csv: duplicate header names, an unterminated quote and the like
            throw new ValidationException("file", "is not readable CSV: " + e.getMessage());
        }
        if (byOrder.isEmpty()) {
            throw new ValidationException("file", "has no order rows below its header");
        }
        return byOrder.values().stream().map(OrderCsv::order).toList();
    }

    private static CsvOrder order(List<CSVRecord> records) {
        CSVRecord first = records.get(0);
        Map<Long, List<FieldProblem>> problems = new LinkedHashMap<>();
        List<Long> rows = new ArrayList<>();
        List<LineDraft> lines = new ArrayList<>();
        for (CSVRecord record : records) {
            long row = lineInFile(record);
            rows.add(row);
            List<FieldProblem> found = new ArrayList<>();
            record.toMap().forEach((column, value) -> {
                String problem = Text.problem(value, false);
                if (problem != null) {
                    found.add(new FieldProblem(column, problem));
                }
            });
            for (String column : ORDER_COLUMNS) {
                if (!Objects.equals(cell(first, column), cell(record, column))) {
                    found.add(new FieldProblem(column, "differs from row " + lineInFile(first) + " of the same order"));
                }
            }
            lines.add(new LineDraft(cell(record, "productCode"), cell(record, "specification"),
                    quantity(record, found), new MoneyDraft(cell(record, "unitPrice"), cell(record, "currency"))));
            if (!found.isEmpty()) {
                problems.put(row, found);
            }
        }
        List<FieldProblem> orderProblems = new ArrayList<>();
        String policyException = cell(first, "policyException");
        String contactName = cell(first, "contactName");
        String contactPhone = cell(first, "contactPhone");
        String contactEmail = cell(first, "contactEmail");
        OrderDraft draft = new OrderDraft(cell(first, "customerId"), cell(first, "customerPo"),
                cell(first, "requestedDelivery"),
                new AddressDraft(cell(first, "deliveryLine1"), cell(first, "deliveryLine2"), cell(first, "deliveryCity"),
                        cell(first, "deliveryPostalCode"), cell(first, "deliveryCountry")),
                cell(first, "paymentTerms"), cell(first, "type"), yesNo(first, "custom", orderProblems),
                yesNo(first, "installation", orderProblems), yesNo(first, "shipBeforePayment", orderProblems),
                policyException == null ? null : new PolicyException(policyException),
                contactName == null && contactPhone == null && contactEmail == null ? null
                        : new Contact(contactName, contactPhone, contactEmail),
                lines);
        if (!orderProblems.isEmpty()) {
            problems.computeIfAbsent(lineInFile(first), r -> new ArrayList<>()).addAll(0, orderProblems);
        }
        return new CsvOrder(rows, cell(first, "customerPo"), draft, problems);
    }

    /**
     * Places one of intake's problems on its row and column: a line's problem on that line's row, the order's own
     * on its first row.
     */
    public static RowProblem locate(CsvOrder order, FieldProblem problem) {
        Matcher line = LINE_FIELD.matcher(problem.field());
        if (line.matches()) {
            int index = Integer.parseInt(line.group(1));
            String column = line.group(2) == null ? "line"
                    : "unitPrice".equals(line.group(2)) && "currency".equals(line.group(3)) ? "currency" : line.group(2);
            return new RowProblem(order.rows().get(index), new FieldProblem(column, problem.problem()));
        }
        return new RowProblem(order.rows().get(0), new FieldProblem(column(problem.field()), problem.problem()));
    }

    /** The column of an order-level draft field: deliveryAddress.city → deliveryCity, contact.email → contactEmail. */
    private static String column(String field) {
        int dot = field.indexOf('.');
        if (dot < 0) {
            return field;
        }
        String head = field.substring(0, dot);
        String tail = field.substring(dot + 1);
        return switch (head) {
            case "deliveryAddress" -> "delivery" + Character.toUpperCase(tail.charAt(0)) + tail.substring(1);
            case "contact" -> "contact" + Character.toUpperCase(tail.charAt(0)) + tail.substring(1);
            default -> head;
        };
    }

    private static long lineInFile(CSVRecord record) {
        return record.getRecordNumber() + 1;
    }

    /** The cell's text, null when the column is absent or the cell empty. */
    private static String cell(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value.isEmpty() ? null : value;
    }

    private static BigDecimal quantity(CSVRecord record, List<FieldProblem> problems) {
        String text = cell(record, "quantity");
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("quantity", "must be a number such as 100 or 2.5, got '" + text + "'"));
            return null;
        }
    }

    private static Boolean yesNo(CSVRecord record, String column, List<FieldProblem> problems) {
        String text = cell(record, column);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase()) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> {
                problems.add(new FieldProblem(column, "must be true or false, got '" + text + "'"));
                yield null;
            }
        };
    }
}
