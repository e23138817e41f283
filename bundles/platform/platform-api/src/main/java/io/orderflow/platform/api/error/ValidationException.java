package io.orderflow.platform.api.error;

import java.util.List;

/** Input refused: every problem found, at once. Nothing was saved. */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<FieldProblem> problems;

    /** @param problems at least one problem */
    public ValidationException(List<FieldProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ValidationException(String field, String problem) {
        this(List.of(new FieldProblem(field, problem)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static String describe(List<FieldProblem> problems) {
        StringBuilder sb = new StringBuilder("invalid input:");
        for (FieldProblem p : problems) {
            sb.append(' ').append(p.field()).append(": ").append(p.problem()).append(';');
        }
        return sb.toString();
    }
}
