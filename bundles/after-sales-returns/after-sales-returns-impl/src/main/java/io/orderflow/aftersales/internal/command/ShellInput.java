package io.orderflow.aftersales.internal.command;

import io.orderflow.platform.api.error.Problems;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A command's arguments read into API values. A value that cannot be read yields null and a problem naming its
 * argument; {@link #check()} then refuses them all at once, before anything reaches a service. Whether a value is
 * allowed (a quantity above zero, a line of the order) is the service's to say.
 */
final class ShellInput {

    /**
     * One {@code lineNo:quantity[:…]} argument read.
     *
     * @param fields what followed the quantity, in order; the last of them may hold colons of its own
     */
    record LineArgument(int lineNo, BigDecimal quantity, List<String> fields) {

        /** The field at {@code index} after the quantity, stripped; null when it was left out. */
        String field(int index) {
            return index < fields.size() ? fields.get(index).strip() : null;
        }
    }

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[-+]?\\d{1,15}(\\.\\d{1,15})?");

    private final Problems problems = new Problems();

    /** A decimal such as {@code 2} or {@code 1.5}; null for null. */
    BigDecimal quantity(String argument, String text) {
        if (text == null) {
            return null;
        }
        BigDecimal quantity = decimal(text);
        return quantity != null ? quantity : refuse(argument, "'" + text + "' is not a quantity, e.g. 2 or 1.5");
    }

    /** A whole number; null for null. */
    Integer whole(String argument, String text) {
        if (text == null) {
            return null;
        }
        String digits = text.strip();
        return digits.matches("-?\\d{1,9}") ? Integer.valueOf(digits)
                : refuse(argument, "'" + text + "' is not a whole number");
    }

    /** A constant of {@code type} by name, in any case, {@code -} read as {@code _}; null for null. */
    <E extends Enum<E>> E choice(String argument, String text, Class<E> type) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return refuse(argument, "'" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** {@code yes} or {@code no} (also {@code true} / {@code false}); null for null. */
    Boolean yesNo(String argument, String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> Boolean.TRUE;
            case "no", "false" -> Boolean.FALSE;
            default -> refuse(argument, "'" + text + "' is not yes or no");
        };
    }

    /** A month {@code yyyy-MM}; null for null. */
    YearMonth month(String argument, String text) {
        if (text == null) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return refuse(argument, "'" + text + "' is not a month yyyy-MM, e.g. 2026-03");
        }
    }

    /**
     * Arguments {@code lineNo:quantity} followed by {@code fields} more, the last of which may be left out when
     * {@code lastOptional}; an argument that does not read so is refused showing {@code shape}. Null for null.
     */
    List<LineArgument> lines(String argument, List<String> texts, int fields, boolean lastOptional, String shape) {
        if (texts == null) {
            return null;
        }
        List<LineArgument> lines = new ArrayList<>();
        for (String text : texts) {
            String[] parts = text.split(":", 2 + fields);
            int lineNo = parts[0].strip().matches("\\d{1,6}") ? Integer.parseInt(parts[0].strip()) : -1;
            BigDecimal quantity = parts.length > 1 ? decimal(parts[1]) : null;
            int least = 2 + fields - (lastOptional ? 1 : 0);
            if (lineNo < 0 || quantity == null || parts.length < least) {
                refuse(argument, "'" + text + "' is not " + shape);
            } else {
                lines.add(new LineArgument(lineNo, quantity, Arrays.asList(parts).subList(2, parts.length)));
            }
        }
        return lines;
    }

    /** @throws io.orderflow.platform.api.error.ValidationException naming each argument that could not be read */
    void check() {
        problems.throwIfAny();
    }

    /** A plain decimal (no exponent, no grouping) such as {@code 2} or {@code 1.5}; null for anything else. */
    private static BigDecimal decimal(String text) {
        String plain = text.strip();
        return PLAIN_DECIMAL.matcher(plain).matches() ? new BigDecimal(plain) : null;
    }

    private <T> T refuse(String argument, String problem) {
        problems.add(argument, problem);
        return null;
    }
}
