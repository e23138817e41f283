package io.orderflow.platform.api;

/**
 * A contact person.
 *
 * @param name  may be null when unknown
 * @param phone may be null
 * @param email may be null
 */
public record Contact(String name, String phone, String email) {
}
