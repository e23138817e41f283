package io.orderflow.platform.api;

import java.util.regex.Pattern;

/**
 * Identifies a product across departments: upper-case letters, digits, '-', '_' and '.', e.g. {@code LED-LAMP}.
 *
 * @param value the code, never null
 */
public record ProductCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,39}");

    /** @throws IllegalArgumentException when the code does not have the product code format */
    public ProductCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "product code must be 1-40 upper-case letters, digits, '.', '_' or '-', got " + value);
        }
    }

    /** True when {@code value} would make a valid product code. */
    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
