package io.orderflow.salesorder.internal.domain;

import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.text.Text;
import io.orderflow.platform.api.error.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem of an input before refusing it, so that the submitter sees them all at once. */
final class Problems {

    static final int MAX_DECIMALS = 4;
    static final int MAX_INTEGER_DIGITS = 15;

    private final List<FieldProblem> found = new ArrayList<>();

    void add(String field, String problem) {
        found.add(new FieldProblem(field, problem));
    }

    /** Adds "is required" and answers false when the text is null or blank. */
    boolean requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return false;
        }
        return true;
    }

    /**
     * Adds a problem when the text holds characters no field may (control characters in a single line, bidirectional
     * controls, half surrogates): whatever the channel, shell and EDI included, not only REST.
     */
    void checkCharacters(String field, String value, boolean freeText) {
        String problem = Text.problem(value, freeText);
        if (problem != null) {
            add(field, problem);
        }
    }

    /** Adds a problem when the text is longer than {@code max}. */
    void limitLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "must be at most " + max + " characters");
        }
    }

    /**
     * Adds a problem when a number does not fit a DECIMAL(19,4) column: more than 4 decimals or 15 integer digits.
     * Derby would otherwise cut the decimals silently or refuse the row.
     *
     * @return true when it fits
     */
    boolean fitsAmountColumn(String field, BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > MAX_DECIMALS) {
            add(field, "must have at most " + MAX_DECIMALS + " decimals");
            return false;
        }
        if (stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
            add(field, "must be less than 10^" + MAX_INTEGER_DIGITS);
            return false;
        }
        return true;
    }

    /** True when no problem has been found for a field starting with {@code prefix}. */
    boolean isEmptyFor(String prefix) {
        return found.stream().noneMatch(p -> p.field().startsWith(prefix));
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}
