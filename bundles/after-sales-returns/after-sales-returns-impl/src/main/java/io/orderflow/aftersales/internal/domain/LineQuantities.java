package io.orderflow.aftersales.internal.domain;

import io.orderflow.platform.api.error.Problems;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The lines of a request (a report, a receipt, findings, remedies) checked the same way everywhere: at least one, each
 * naming a line, each quantity above zero and no more exact than the ledger keeps; per line, the quantities summed
 * must not pass what the line has {@code open} for this step.
 */
public final class LineQuantities {

    private LineQuantities() {
    }

    /**
     * @param open what each known line may take at this step; a line not in it is unknown to the return
     * @param what the step's words for the limit, e.g. "still to come back"
     * @return the quantity of each line, summed (empty when problems were found)
     */
    public static <L> Map<Integer, BigDecimal> checked(Problems problems, List<L> lines, Function<L, Integer> lineNo,
                                                       Function<L, BigDecimal> quantity,
                                                       Map<Integer, BigDecimal> open, String what) {
        Map<Integer, BigDecimal> sums = new LinkedHashMap<>();
        if (lines == null || lines.isEmpty()) {
            problems.add("lines", "name at least one line: lineNo and quantity");
            return sums;
        }
        for (int i = 0; i < lines.size(); i++) {
            String field = "lines[" + i + "]";
            L line = lines.get(i);
            Integer number = line == null ? null : lineNo.apply(line);
            BigDecimal amount = line == null ? null : quantity.apply(line);
            if (number == null || !open.containsKey(number)) {
                problems.add(field + ".lineNo", number == null ? "is required" : "line " + number + " is not one of "
                        + open.keySet());
            } else if (amount == null || amount.signum() <= 0) {
                problems.add(field + ".quantity", "must be above 0");
            } else if (problems.fitsAmountColumn(field + ".quantity", amount)) {
                sums.merge(number, amount, BigDecimal::add);
                if (sums.get(number).compareTo(open.get(number)) > 0) {
                    problems.add(field + ".quantity", "line " + number + " has "
                            + open.get(number).stripTrailingZeros().toPlainString() + " " + what);
                }
            }
        }
        return sums;
    }
}
