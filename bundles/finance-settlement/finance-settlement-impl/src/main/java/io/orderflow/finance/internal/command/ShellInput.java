package io.orderflow.finance.internal.command;

import io.orderflow.finance.api.AllocationRow;
import io.orderflow.finance.api.PaymentMethod;
import io.orderflow.platform.api.error.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A command's arguments read into API values. A value that cannot be read yields null and a problem naming its
 * argument; {@link #check()} then refuses them all at once, before anything reaches a service.
 */
final class ShellInput {

    private final Problems problems = new Problems();

    /** A day {@code yyyy-MM-dd}; null for null. */
    LocalDate date(String argument, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return refuse(argument, "'" + text + "' is not a date yyyy-MM-dd");
        }
    }

    /**
     * The one date a command takes, or {@code fallback} when it is not given.
     *
     * @throws io.orderflow.platform.api.error.ValidationException naming the argument when it is not a date
     */
    static LocalDate dateOr(String argument, String text, LocalDate fallback) {
        ShellInput input = new ShellInput();
        LocalDate date = input.date(argument, text);
        input.check();
        return date == null ? fallback : date;
    }

    /** A plain decimal such as {@code 1250.00}; the service checks its sign and its currency's scale. */
    BigDecimal amount(String argument, String text) {
        BigDecimal amount = decimal(text);
        return amount != null ? amount : refuse(argument, "'" + text + "' is not an amount, e.g. 1250.00");
    }

    /** A payment method by name, in any case. */
    PaymentMethod method(String argument, String text) {
        try {
            return PaymentMethod.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return refuse(argument, "'" + text + "' is not one of " + Arrays.toString(PaymentMethod.values()));
        }
    }

    /** Rows {@code DOCUMENT=AMOUNT} such as {@code SO-2026-000001=300.00}; null for null. */
    List<AllocationRow> allocations(String argument, List<String> texts) {
        if (texts == null) {
            return null;
        }
        List<AllocationRow> rows = new ArrayList<>();
        for (String text : texts) {
            int split = text.indexOf('=');
            BigDecimal amount = split < 0 ? null : decimal(text.substring(split + 1));
            if (amount == null) {
                refuse(argument, "'" + text + "' is not DOCUMENT=AMOUNT, e.g. SO-2026-000001=300.00");
            } else {
                rows.add(new AllocationRow(text.substring(0, split).strip(), amount));
            }
        }
        return rows;
    }

    /** @throws io.orderflow.platform.api.error.ValidationException naming each argument that could not be read */
    void check() {
        problems.throwIfAny();
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private <T> T refuse(String argument, String problem) {
        problems.add(argument, problem);
        return null;
    }
}
