package io.orderflow.routes.carrier.internal.format;

/**
 * A webhook body that cannot be read as tracking events: not strict UTF-8, not well-formed JSON, or a field missing
 * or wrong. The message names the field by its path in the body ({@code msg.checkpoints[2].checkpoint_time}), so an
 * operator can tell the carrier what to fix; it never quotes more of the body than the offending value.
 */
public final class PayloadProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PayloadProblem(String message) {
        super(message);
    }

    public PayloadProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
