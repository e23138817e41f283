package io.orderflow.platform.api;

/**
 * Identifies a customer across departments (e.g. {@code CUST-A}).
 *
 * @param id the customer id, never blank
 */
public record CustomerRef(String id) {

    /** @throws IllegalArgumentException when the id is blank */
    public CustomerRef {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("customer id is required");
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
