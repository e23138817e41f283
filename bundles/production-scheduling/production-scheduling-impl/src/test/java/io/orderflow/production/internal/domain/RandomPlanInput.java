package io.orderflow.production.internal.domain;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A seeded, factory-sized input: 20 work centres (480–960 min a day), 50 products of 3–5 operations (0.05–0.5 min a
 * unit, up to an hour's setup) and 2–4 bill lines over 40 materials with some stock and open purchases, jobs due
 * over a year with 1–500 units. About 10,000 jobs fill a year; more run late.
 */
final class RandomPlanInput {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant FIRST_RECEIPT = Instant.parse("2026-01-01T00:00:00Z");
    private static final int CENTRES = 20;
    private static final int MATERIALS = 40;
    private static final int PRODUCTS = 50;

    private RandomPlanInput() {
    }

    static PlanInput generate(long seed, int jobCount) {
        Random random = new Random(seed);
        List<WorkCentre> centres = new ArrayList<>();
        List<Downtime> downtimes = new ArrayList<>();
        for (int c = 1; c <= CENTRES; c++) {
            String code = String.format("WC-%02d", c);
            centres.add(new WorkCentre(code, 480 + random.nextInt(481)));
            LocalDate broken = TODAY.plusDays(random.nextInt(365));
            downtimes.add(new Downtime(code, broken, broken.plusDays(random.nextInt(3))));
        }
        Map<String, Material> materials = new HashMap<>();
        List<Arrival> arrivals = new ArrayList<>();
        for (int m = 1; m <= MATERIALS; m++) {
            String code = String.format("M-%02d", m);
            materials.put(code, new Material(code, BigDecimal.valueOf(random.nextInt(50_000)), random.nextInt(31)));
            for (int a = random.nextInt(4); a > 0; a--) {
                arrivals.add(new Arrival(code, TODAY.plusDays(random.nextInt(90)),
                        BigDecimal.valueOf(1_000 + random.nextInt(19_000))));
            }
        }
        Map<String, Routing> routings = new HashMap<>();
        Map<String, List<BomLine>> bills = new HashMap<>();
        for (int p = 1; p <= PRODUCTS; p++) {
            String product = String.format("P-%02d", p);
            List<Operation> operations = new ArrayList<>();
            for (int o = 1, count = 3 + random.nextInt(3); o <= count; o++) {
                operations.add(new Operation(o * 10, centres.get(random.nextInt(CENTRES)).code(),
                        BigDecimal.valueOf(5 + random.nextInt(46), 2), random.nextInt(61)));
            }
            routings.put(product, new Routing(product, operations));
            Set<String> used = new LinkedHashSet<>();
            int lines = 2 + random.nextInt(3);
            while (used.size() < lines) {
                used.add(String.format("M-%02d", 1 + random.nextInt(MATERIALS)));
            }
            bills.put(product, used.stream()
                    .map(material -> new BomLine(material, BigDecimal.valueOf(5 + random.nextInt(46), 1))).toList());
        }
        List<Job> jobs = new ArrayList<>();
        for (int j = 1; j <= jobCount; j++) {
            LocalDate notBefore = random.nextInt(20) == 0 ? TODAY.plusDays(random.nextInt(30)) : null;
            jobs.add(new Job(String.format("J-%06d", j), String.format("SO-%06d", (j + 1) / 2),
                    String.format("P-%02d", 1 + random.nextInt(PRODUCTS)), BigDecimal.valueOf(1 + random.nextInt(500)),
                    TODAY.plusDays(random.nextInt(365)), FIRST_RECEIPT.plusSeconds(random.nextInt(30_000_000)),
                    notBefore));
        }
        WorkingDays calendar = new WorkingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)));
        return new PlanInput(TODAY, centres, routings, bills, materials, arrivals, downtimes, calendar, jobs);
    }
}
