package io.orderflow.warehouse.internal.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stock check behind transfer requests (docs/business-rules.md §4.3). A warehouse needs stock when its available
 * stock is below its safety stock plus, for the first warehouse of a region, what the region's open orders still miss.
 * Each such warehouse without an open inbound request gets one proposal, from the warehouse with the largest surplus
 * (available beyond its own target and beyond what it has already been asked to send).
 */
public final class TransferNeed {

    /**
     * One warehouse's stock of the product.
     *
     * @param inboundOpen  an open transfer request already brings it the product
     * @param outboundOpen what open requests will take from it and has not been picked yet
     */
    public record Site(String warehouse, String region, int priority, BigDecimal available, BigDecimal safetyStock,
                       boolean inboundOpen, BigDecimal outboundOpen) {
    }

    /** A transfer to propose, with the sentence that says why. */
    public record Proposal(String from, String to, BigDecimal quantity, String cause) {
    }

    private static final Comparator<Site> PRIORITY = Comparator.comparingInt(Site::priority)
            .thenComparing(Site::warehouse);

    private TransferNeed() {
    }

    /** @param missingByRegion what open orders miss per customer region (neither reserved nor anywhere available) */
    public static List<Proposal> proposals(List<Site> sites, Map<String, BigDecimal> missingByRegion) {
        Map<String, String> firstOfRegion = new HashMap<>();
        sites.stream().sorted(PRIORITY).forEach(site -> firstOfRegion.putIfAbsent(site.region(), site.warehouse()));
        Map<String, BigDecimal> regionDemandAt = new HashMap<>();
        sites.forEach(site -> regionDemandAt.put(site.warehouse(), site.warehouse().equals(firstOfRegion.get(
                site.region())) ? missingByRegion.getOrDefault(site.region(), BigDecimal.ZERO) : BigDecimal.ZERO));
        Map<String, BigDecimal> surplus = new HashMap<>();
        for (Site site : sites) {
            surplus.put(site.warehouse(), site.available().subtract(site.safetyStock())
                    .subtract(regionDemandAt.get(site.warehouse())).subtract(site.outboundOpen()));
        }
        List<Proposal> proposals = new ArrayList<>();
        for (Site site : sites.stream().sorted(PRIORITY).toList()) {
            BigDecimal demand = regionDemandAt.get(site.warehouse());
            BigDecimal need = site.safetyStock().add(demand).subtract(site.available());
            if (need.signum() <= 0 || site.inboundOpen()) {
                continue;
            }
            Optional<Site> source = sites.stream().filter(s -> !s.warehouse().equals(site.warehouse()))
                    .filter(s -> surplus.get(s.warehouse()).signum() > 0)
                    .max(Comparator.<Site, BigDecimal>comparing(s -> surplus.get(s.warehouse()))
                            .thenComparing(PRIORITY.reversed()));
            if (source.isEmpty()) {
                continue;
            }
            String from = source.get().warehouse();
            BigDecimal quantity = need.min(surplus.get(from));
            surplus.merge(from, quantity.negate(), BigDecimal::add);
            proposals.add(new Proposal(from, site.warehouse(), quantity, cause(site, demand)));
        }
        return proposals;
    }

    private static String cause(Site site, BigDecimal regionDemand) {
        StringBuilder cause = new StringBuilder("available " + Quantities.text(site.available()) + " below ");
        if (site.safetyStock().signum() > 0) {
            cause.append("safety stock ").append(Quantities.text(site.safetyStock()));
        }
        if (regionDemand.signum() > 0) {
            cause.append(site.safetyStock().signum() > 0 ? " plus " : "").append("what open orders of region ")
                    .append(site.region()).append(" miss (").append(Quantities.text(regionDemand)).append(')');
        }
        return cause.toString();
    }
}
