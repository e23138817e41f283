package io.orderflow.platform.api.error;

/** The request is valid but the current state forbids it (a transition not allowed, a limit exceeded). */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
