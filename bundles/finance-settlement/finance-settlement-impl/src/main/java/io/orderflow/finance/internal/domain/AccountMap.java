package io.orderflow.finance.internal.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The general ledger's account codes for the postings (PID {@code orderflow.finance.postings}, {@code accounts}): one
 * entry {@code ROLE=code} per role, and {@code ROLE.QUALIFIER=code} where a customer group, a tax class, a payment
 * method or an expense category needs an account of its own. A qualified entry wins over the role's plain one.
 */
public final class AccountMap {

    /** What an account is for, and what qualifies it. */
    public enum Role {
        /** What customers owe; qualified by customer group. */
        RECEIVABLE,
        /** Sales of goods; qualified by tax class. */
        REVENUE,
        /** Freight charged to customers. */
        FREIGHT,
        /** Output tax owed; qualified by tax class. */
        TAX,
        /** Where money comes in and goes out; qualified by payment method. */
        BANK,
        /** Expenses claimed by staff; qualified by category. */
        EXPENSE,
        /** What is owed to staff for their approved claims. */
        PAYABLE
    }

    private static final Pattern KEY = Pattern.compile("([A-Z]+)(\\.[A-Za-z0-9_-]{1,40})?");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    private final Map<String, String> codes;

    private AccountMap(Map<String, String> codes) {
        this.codes = Map.copyOf(codes);
    }

    /**
     * @param entries  {@code ROLE[.QUALIFIER]=code}; blank entries are none
     * @param problems where each unreadable entry is named
     */
    public static AccountMap of(String[] entries, List<String> problems) {
        Map<String, String> codes = new HashMap<>();
        for (String entry : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            String[] parts = entry.strip().split("=", 2);
            String key = parts[0].strip();
            var matcher = KEY.matcher(key);
            if (parts.length < 2 || !matcher.matches() || !isRole(matcher.group(1))
                    || !CODE.matcher(parts[1].strip()).matches() || codes.put(key, parts[1].strip()) != null) {
                problems.add("each entry is ROLE[.QUALIFIER]=code, a key once, ROLE one of " + List.of(Role.values())
                        + " and the code letters, digits, '.', '-' or '_' (at most 40); got '" + entry + "'");
            }
        }
        return new AccountMap(codes);
    }

    private static boolean isRole(String name) {
        return List.of(Role.values()).stream().anyMatch(r -> r.name().equals(name));
    }

    /** The account of {@code role} for {@code qualifier} (may be null), or the role's plain one. */
    public Optional<String> account(Role role, String qualifier) {
        String qualified = qualifier == null ? null : codes.get(role + "." + qualifier);
        return Optional.ofNullable(qualified != null ? qualified : codes.get(role.name()));
    }
}
