package io.orderflow.production.internal;

import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.production.api.BillLine;
import io.orderflow.production.api.MaterialInfo;
import io.orderflow.production.api.ProductDefinition;
import io.orderflow.production.api.RoutingStep;
import io.orderflow.production.api.WorkCentreInfo;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/** The rules of production master data, each problem named by its field (prefixed with the CSV row). */
final class MasterDataChecks {

    private static final int MINUTES_PER_DAY = 24 * 60;

    private MasterDataChecks() {
    }

    static WorkCentreInfo workCentre(WorkCentreInfo w, String at, List<FieldProblem> problems) {
        if (w == null) {
            problems.add(new FieldProblem(at + "code", "is required"));
            return null;
        }
        code(w.code(), 20, at + "code", problems);
        text(w.name(), at + "name", problems);
        if (w.dailyCapacityMinutes() < 1 || w.dailyCapacityMinutes() > MINUTES_PER_DAY) {
            // A work centre that can do nothing would hold every job routed through it forever.
            problems.add(new FieldProblem(at + "dailyCapacityMinutes", "must be between 1 and " + MINUTES_PER_DAY));
        }
        return problems.isEmpty() ? new WorkCentreInfo(w.code().strip(), w.name().strip(), w.dailyCapacityMinutes())
                : w;
    }

    static MaterialInfo material(MaterialInfo m, String at, List<FieldProblem> problems) {
        if (m == null) {
            problems.add(new FieldProblem(at + "code", "is required"));
            return null;
        }
        code(m.code(), 40, at + "code", problems);
        text(m.name(), at + "name", problems);
        quantity(m.onHand(), true, at + "onHand", problems);
        if (m.leadTimeDays() < 0 || m.leadTimeDays() > 365) {
            problems.add(new FieldProblem(at + "leadTimeDays", "must be between 0 and 365"));
        }
        return problems.isEmpty() ? new MaterialInfo(m.code().strip(), m.name().strip(), m.onHand(), m.leadTimeDays())
                : m;
    }

    static void definition(ProductDefinition d, Set<String> workCentres, Set<String> materials,
                           List<FieldProblem> problems) {
        if (d.routing() == null || d.routing().isEmpty()) {
            problems.add(new FieldProblem("routing", "needs at least one operation"));
        } else {
            Set<Integer> sequences = new HashSet<>();
            for (int i = 0; i < d.routing().size(); i++) {
                RoutingStep step = d.routing().get(i);
                String at = "routing[" + i + "].";
                if (step == null || !sequences.add(step.sequence()) || step.sequence() <= 0) {
                    problems.add(new FieldProblem(at + "sequence", "must be above 0 and used once"));
                    continue;
                }
                if (!workCentres.contains(step.workCentre())) {
                    problems.add(new FieldProblem(at + "workCentre", "no work centre " + step.workCentre()));
                }
                quantity(step.minutesPerUnit(), true, at + "minutesPerUnit", problems);
                if (step.setupMinutes() < 0 || step.setupMinutes() > 100_000) {
                    problems.add(new FieldProblem(at + "setupMinutes", "must be between 0 and 100000"));
                }
            }
        }
        Set<String> seen = new HashSet<>();
        List<BillLine> bill = d.bill() == null ? List.of() : d.bill();
        for (int i = 0; i < bill.size(); i++) {
            BillLine line = bill.get(i);
            String at = "bill[" + i + "].";
            if (line == null || !materials.contains(line.material()) || !seen.add(line.material())) {
                problems.add(new FieldProblem(at + "material", "must be a known material, listed once"));
                continue;
            }
            quantity(line.quantityPerUnit(), false, at + "quantityPerUnit", problems);
        }
    }

    /**
     * How a CSV file's problems are named, as master data names them: {@code row 3 name}, the row being the file's
     * line with the header as row 1, so that it is the line a spreadsheet shows.
     */
    static String row(CSVRecord row) {
        return "row " + (row.getRecordNumber() + 1) + " ";
    }

    static int integer(CSVRecord row, String column, List<FieldProblem> problems) {
        try {
            return Integer.parseInt(row.get(column));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(row(row) + column, "must be a whole number"));
            return 0;
        }
    }

    static BigDecimal decimal(CSVRecord row, String column, List<FieldProblem> problems) {
        try {
            return new BigDecimal(row.get(column));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(row(row) + column, "must be a number"));
            return BigDecimal.ZERO;
        }
    }

    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(List.copyOf(problems));
        }
    }

    private static void code(String code, int max, String field, List<FieldProblem> problems) {
        if (code == null || code.isBlank() || code.strip().length() > max) {
            problems.add(new FieldProblem(field, "is required, at most " + max + " characters"));
        }
    }

    private static void text(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank() || text.length() > 100) {
            problems.add(new FieldProblem(field, "is required, at most 100 characters"));
        }
    }

    private static void quantity(BigDecimal quantity, boolean zeroAllowed, String field, List<FieldProblem> problems) {
        if (quantity == null || (zeroAllowed ? quantity.signum() < 0 : quantity.signum() <= 0) || quantity.scale() > 4
                || quantity.precision() - quantity.scale() > 15) {
            problems.add(new FieldProblem(field, zeroAllowed ? "must be 0 or more" : "must be greater than 0"));
        }
    }
}
