package io.orderflow.platform.api.error;

/**
 * One thing wrong with a request.
 *
 * @param field   path of the offending field, e.g. {@code lines[0].quantity}; never null
 * @param problem what is wrong, in words a user can act on; never null
 */
public record FieldProblem(String field, String problem) {
}
