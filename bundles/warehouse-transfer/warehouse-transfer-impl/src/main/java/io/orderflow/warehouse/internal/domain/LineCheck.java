package io.orderflow.warehouse.internal.domain;

import io.orderflow.warehouse.api.LineReservation;
import io.orderflow.warehouse.api.OrderLineQuantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lines that logistics names against the order's reservation (docs/business-rules.md §4.4): each must be a line of the
 * order, named once, with its product and specification (blank meaning none) and a quantity above zero and at most
 * what the line can give. Lines of the order left out are no problem: they stay open.
 */
public final class LineCheck {

    /** What a line can give at most. */
    public enum Limit {
        /** What is reserved for it now: a shipment takes only reserved stock. */
        RESERVED,
        /** What it still wants: a rest closed without shipping. */
        OPEN
    }

    private LineCheck() {
    }

    /** One sentence per problem; empty when every line fits. */
    public static List<String> problems(List<LineReservation> order, List<OrderLineQuantity> lines, Limit limit) {
        Map<Integer, LineReservation> byNumber = order.stream()
                .collect(Collectors.toMap(LineReservation::lineNo, Function.identity()));
        List<String> problems = new ArrayList<>();
        Set<Integer> named = new HashSet<>();
        for (OrderLineQuantity line : lines) {
            String prefix = "line " + line.lineNo() + ": ";
            LineReservation held = byNumber.get(line.lineNo());
            if (held == null) {
                problems.add(prefix + "not a line of the order");
                continue;
            }
            if (!named.add(line.lineNo())) {
                problems.add(prefix + "named more than once");
                continue;
            }
            if (!held.product().equals(line.product())) {
                problems.add(prefix + "product " + line.product() + ", ordered " + held.product());
            }
            if (!Objects.equals(blankToNull(held.specification()), blankToNull(line.specification()))) {
                problems.add(prefix + "specification " + words(line.specification()) + ", ordered "
                        + words(held.specification()));
            }
            BigDecimal most = limit == Limit.RESERVED ? held.reserved() : held.ordered();
            if (line.quantity() == null || line.quantity().signum() <= 0 || !Quantities.fits(line.quantity())) {
                problems.add(prefix + "quantity " + line.quantity() + ", must be above 0 with at most 4 decimals");
            } else if (line.quantity().compareTo(most) > 0) {
                problems.add(prefix + "quantity " + Quantities.text(line.quantity()) + ", " + (limit == Limit.RESERVED
                        ? "reserved " + Quantities.text(most) + " of " + Quantities.text(held.ordered()) + " open"
                        : "open " + Quantities.text(most)));
            }
        }
        return List.copyOf(problems);
    }

    /** Whether two calls name the same lines: numbers, products, specifications and quantities, in any order. */
    public static boolean same(List<OrderLineQuantity> done, List<OrderLineQuantity> asked) {
        return normal(done).equals(normal(asked));
    }

    private static List<OrderLineQuantity> normal(List<OrderLineQuantity> lines) {
        return lines.stream().map(line -> new OrderLineQuantity(line.lineNo(), line.product(),
                blankToNull(line.specification()), line.quantity() == null ? null : Quantities.normal(line.quantity())))
                .sorted(Comparator.comparingInt(OrderLineQuantity::lineNo)).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String words(String specification) {
        return blankToNull(specification) == null ? "none" : "'" + specification + "'";
    }
}
