package io.orderflow.platform.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payment terms as the business writes them (docs/business-rules.md §2.1): {@code PREPAY_100} (everything before
 * production), {@code PREPAY_<n>} (n% before production, the rest before shipment), {@code PAY_BEFORE_SHIPMENT},
 * {@code NET<n>} (credit, due n days after shipment).
 *
 * @param kind  which of the four
 * @param value the percentage for PREPAY, the days for NET, 0 otherwise
 */
public record PaymentTerms(Kind kind, int value) {

    /** The kinds of terms. */
    public enum Kind { PREPAY, PAY_BEFORE_SHIPMENT, NET }

    private static final Pattern PREPAY = Pattern.compile("PREPAY_(\\d{1,3})");
    private static final Pattern NET = Pattern.compile("NET(\\d{1,3})");

    /** @throws IllegalArgumentException for a percentage outside 1-100 or negative days */
    public PaymentTerms {
        if (kind == null) {
            throw new IllegalArgumentException("payment terms kind is required");
        }
        if (kind == Kind.PREPAY && (value < 1 || value > 100)) {
            throw new IllegalArgumentException("prepayment percentage must be 1-100, got " + value);
        }
        if (kind == Kind.NET && value < 0) {
            throw new IllegalArgumentException("net days must be >= 0, got " + value);
        }
    }

    /**
     * Reads {@code PREPAY_30}, {@code PAY_BEFORE_SHIPMENT}, {@code NET30}.
     *
     * @throws IllegalArgumentException naming the accepted forms when {@code code} is none of them
     */
    public static PaymentTerms parse(String code) {
        if (code != null) {
            if (code.equals("PAY_BEFORE_SHIPMENT")) {
                return new PaymentTerms(Kind.PAY_BEFORE_SHIPMENT, 0);
            }
            Matcher prepay = PREPAY.matcher(code);
            if (prepay.matches() && Integer.parseInt(prepay.group(1)) >= 1 && Integer.parseInt(prepay.group(1)) <= 100) {
                return new PaymentTerms(Kind.PREPAY, Integer.parseInt(prepay.group(1)));
            }
            Matcher net = NET.matcher(code);
            if (net.matches()) {
                return new PaymentTerms(Kind.NET, Integer.parseInt(net.group(1)));
            }
        }
        throw new IllegalArgumentException(
                "payment terms must be PREPAY_100, PREPAY_<1-99>, PAY_BEFORE_SHIPMENT or NET<days>, got " + code);
    }

    /** True for credit terms (NET): the customer's credit limit applies. */
    public boolean isCredit() {
        return kind == Kind.NET;
    }

    /** The code as written in orders, e.g. {@code NET30}. */
    public String code() {
        return switch (kind) {
            case PREPAY -> "PREPAY_" + value;
            case PAY_BEFORE_SHIPMENT -> "PAY_BEFORE_SHIPMENT";
            case NET -> "NET" + value;
        };
    }

    @Override
    public String toString() {
        return code();
    }
}
