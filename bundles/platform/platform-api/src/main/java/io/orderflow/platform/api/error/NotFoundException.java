package io.orderflow.platform.api.error;

/** The thing asked for does not exist. Departments subclass it with their business key. */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
