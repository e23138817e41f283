package io.orderflow.platform.api.error;

import io.orderflow.platform.api.Contact;
import io.orderflow.platform.api.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of an input before refusing it, so that the submitter sees them all at once: the checks
 * every department makes of what it is given.
 */
public final class Problems {

    public static final int MAX_DECIMALS = 4;
    public static final int MAX_INTEGER_DIGITS = 15;

    private final List<FieldProblem> found = new ArrayList<>();

    public void add(String field, String problem) {
        found.add(new FieldProblem(field, problem));
    }

    /** Adds "is required" and answers false when the text is null or blank. */
    public boolean requireText(String field, String value) {
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
    public void checkCharacters(String field, String value, boolean freeText) {
        String problem = Text.problem(value, freeText);
        if (problem != null) {
            add(field, problem);
        }
    }

    /** The lengths a contact's fields may have, wherever a contact is given; {@code at} names it, e.g. "contact". */
    public void checkContact(String at, Contact contact) {
        limitLength(at + ".name", contact.name(), 100);
        limitLength(at + ".phone", contact.phone(), 40);
        limitLength(at + ".email", contact.email(), 200);
    }

    /** Adds a problem when the text is longer than {@code max}. */
    public void limitLength(String field, String value, int max) {
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
    public boolean fitsAmountColumn(String field, BigDecimal value) {
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
    public boolean isEmptyFor(String prefix) {
        return found.stream().noneMatch(p -> p.field().startsWith(prefix));
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}
