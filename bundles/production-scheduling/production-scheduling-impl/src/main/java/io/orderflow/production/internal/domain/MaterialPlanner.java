package io.orderflow.production.internal.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/**
 * Decides when each job's materials are expected, allocating supply to jobs in scheduling order and planning a
 * purchase for whatever stock and open purchases do not cover.
 */
final class MaterialPlanner {

    /** A material nobody recorded: no stock, no lead time, but still bought when jobs need it. */
    private static final Material NOT_IN_MASTER_DATA = new Material("", BigDecimal.ZERO, 0);

    private final Map<String, List<BomLine>> bills;
    private final Map<String, Material> materials;
    private final Map<String, List<Arrival>> arrivals;
    private final DayIndex days;
    private final Map<String, Map<String, BigDecimal>> needsPerUnit = new HashMap<>();
    private final Map<String, SupplyBook> supply = new HashMap<>();
    private final Map<String, PlannedPurchase> purchases = new TreeMap<>();

    MaterialPlanner(PlanInput input, DayIndex days) {
        this.bills = input.bills();
        this.materials = input.materials();
        this.arrivals = input.arrivals().stream().collect(Collectors.groupingBy(Arrival::material));
        this.days = days;
    }

    /**
     * The day all of {@code job}'s materials are expected, taking its share of supply. {@code needDay} is the day the
     * job could start if materials were no constraint; it dates a purchase that this job is the first to need.
     */
    int readyDay(Job job, IntSupplier needDay) {
        int ready = 0;
        for (Map.Entry<String, BigDecimal> need : needsPerUnit(job.product()).entrySet()) {
            String material = need.getKey();
            SupplyBook.Allocation allocation = supply.computeIfAbsent(material, this::supplyOf)
                    .take(need.getValue().multiply(job.quantity()));
            int materialReady = allocation.lastSupplyDay();
            if (allocation.shortfall().signum() > 0) {
                PlannedPurchase purchase = purchases.computeIfAbsent(material,
                        code -> new PlannedPurchase(code, material(code).leadTimeDays(), needDay.getAsInt()));
                purchase.add(allocation.shortfall());
                materialReady = Math.max(materialReady, purchase.arrivalDay());
            }
            ready = Math.max(ready, materialReady);
        }
        return ready;
    }

    /** The planned purchases by material code. */
    List<PurchaseLine> purchases() {
        return purchases.values().stream().map(purchase -> purchase.line(days)).toList();
    }

    /** Quantity per unit by material code; a material listed twice in a bill counts twice. */
    private Map<String, BigDecimal> needsPerUnit(String product) {
        return needsPerUnit.computeIfAbsent(product, key -> bills.getOrDefault(key, List.of()).stream()
                .filter(line -> line.quantityPerUnit().signum() > 0)
                .collect(Collectors.toMap(BomLine::material, BomLine::quantityPerUnit, BigDecimal::add,
                        TreeMap::new)));
    }

    private SupplyBook supplyOf(String material) {
        return SupplyBook.of(material(material).onHand(), arrivals.getOrDefault(material, List.of()), days);
    }

    private Material material(String code) {
        return materials.getOrDefault(code, NOT_IN_MASTER_DATA);
    }
}
