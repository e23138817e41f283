package io.orderflow.salesorder.internal.domain;

import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem of an input before refusing it, so that the submitter sees them all at once. */
final class Problems {

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

    /** Adds a problem when the text is longer than {@code max}. */
    void limitLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "must be at most " + max + " characters");
        }
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}
