package io.orderflow.warehouse.internal.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Where an order line's stock is reserved: the customer's region first, then the other warehouses by a rule. */
public final class Allocator {

    /** How the warehouses outside the customer's region are tried. */
    public enum OtherWarehouses {
        /** By the warehouses' priority, then code. */
        BY_PRIORITY,
        /** The one with the most available first, so that an order is split over as few warehouses as possible. */
        MOST_AVAILABLE
    }

    /** A warehouse that could give stock: its region, priority and what is available there. */
    public record Candidate(String warehouse, String region, int priority, BigDecimal available) {
    }

    /** A part of the line to reserve in one warehouse. */
    public record Share(String warehouse, BigDecimal quantity) {
    }

    private Allocator() {
    }

    /** The shares, together never more than {@code wanted} nor more than available anywhere. */
    public static List<Share> allocate(BigDecimal wanted, List<Candidate> candidates, String region,
                                       OtherWarehouses rule) {
        Comparator<Candidate> others = rule == OtherWarehouses.BY_PRIORITY
                ? Comparator.comparingInt(Candidate::priority)
                : Comparator.comparing(Candidate::available).reversed();
        Comparator<Candidate> order = Comparator.<Candidate, Boolean>comparing(c -> !c.region().equals(region))
                .thenComparing(others).thenComparing(Candidate::warehouse);
        List<Share> shares = new ArrayList<>();
        BigDecimal left = wanted;
        for (Candidate candidate : candidates.stream().sorted(order).toList()) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal take = left.min(candidate.available());
            if (take.signum() > 0) {
                shares.add(new Share(candidate.warehouse(), take));
                left = left.subtract(take);
            }
        }
        return shares;
    }
}
