package io.orderflow.platform.api.error;

/** The caller is authenticated but does not hold the role this action needs. */
public class ForbiddenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }
}
