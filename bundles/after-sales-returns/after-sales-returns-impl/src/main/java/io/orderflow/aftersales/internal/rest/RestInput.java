package io.orderflow.aftersales.internal.rest;

import io.orderflow.aftersales.api.ReturnStatus;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.ValidationException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;

/** Path and query values of after-sales' REST calls read into API values, refused before any service is asked. */
final class RestInput {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private static final Pattern RETURN_NUMBER = Pattern.compile("^RET-\\d{4}-\\d{6}$");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private RestInput() {
    }

    /**
     * A return number as the path gives it.
     *
     * @throws NotFoundException for anything that cannot be a return's number, so the service never sees it
     */
    static String returnNumber(String number) {
        if (number == null || !RETURN_NUMBER.matcher(number).matches()) {
            throw new NotFoundException("no return " + (number == null ? "" : number) + ": a return is numbered like"
                    + " RET-2026-000123");
        }
        return number;
    }

    /** {@code ?status=}: null (every status) when absent or blank. */
    static ReturnStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ReturnStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("status", "must be one of " + Arrays.toString(ReturnStatus.values()));
        }
    }

    /** {@code ?limit=}: {@link #DEFAULT_LIMIT} when absent, else 1 to {@link #MAX_LIMIT}. */
    static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        String digits = limit.strip();
        // at most 4 digits, so that a huge number is refused as out of range rather than overflowing
        if (!digits.matches("\\d{1,4}") || Integer.parseInt(digits) < 1 || Integer.parseInt(digits) > MAX_LIMIT) {
            throw new ValidationException("limit", "must be a whole number from 1 to " + MAX_LIMIT);
        }
        return Integer.parseInt(digits);
    }

    /** A month {@code yyyy-MM}, or {@code fallback} when absent or blank. */
    static YearMonth month(String field, String value, YearMonth fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String text = value.strip();
        try {
            if (MONTH.matcher(text).matches()) {
                return YearMonth.parse(text);
            }
        } catch (DateTimeParseException e) {
            // a month such as 2026-13: refused below like any other text
        }
        throw new ValidationException(field, "must be a month such as 2026-03, got '" + value + "'");
    }
}
