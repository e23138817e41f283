package io.orderflow.production.internal.domain;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds small scheduling inputs for the tests: Monday 2026-11-23 is today, the calendar is Monday to Friday. */
final class PlanFixture {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final Instant MORNING = Instant.parse("2026-11-20T08:00:00Z");

    private final List<WorkCentre> centres = new ArrayList<>();
    private final Map<String, Routing> routings = new HashMap<>();
    private final Map<String, List<BomLine>> bills = new HashMap<>();
    private final Map<String, Material> materials = new HashMap<>();
    private final List<Arrival> arrivals = new ArrayList<>();
    private final List<Downtime> downtimes = new ArrayList<>();
    private final Set<LocalDate> holidays = new HashSet<>();
    private final List<Job> jobs = new ArrayList<>();

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    static Operation operation(int sequence, String centre, String minutesPerUnit, int setupMinutes) {
        return new Operation(sequence, centre, new BigDecimal(minutesPerUnit), setupMinutes);
    }

    /** A job received {@code minutesAfterOpening} minutes into the morning of 2026-11-20. */
    static Job job(String id, String product, int quantity, LocalDate due, int minutesAfterOpening) {
        return job(id, product, quantity, due, minutesAfterOpening, null);
    }

    static Job job(String id, String product, int quantity, LocalDate due, int minutesAfterOpening,
            LocalDate notBefore) {
        return new Job(id, "SO-" + id, product, BigDecimal.valueOf(quantity), due,
                MORNING.plusSeconds(60L * minutesAfterOpening), notBefore);
    }

    PlanFixture centre(String code, int dailyMinutes) {
        centres.add(new WorkCentre(code, dailyMinutes));
        return this;
    }

    PlanFixture routing(String product, Operation... operations) {
        routings.put(product, new Routing(product, List.of(operations)));
        return this;
    }

    PlanFixture bill(String product, String material, String quantityPerUnit) {
        bills.computeIfAbsent(product, key -> new ArrayList<>())
                .add(new BomLine(material, new BigDecimal(quantityPerUnit)));
        return this;
    }

    PlanFixture material(String code, String onHand, int leadTimeDays) {
        materials.put(code, new Material(code, new BigDecimal(onHand), leadTimeDays));
        return this;
    }

    PlanFixture arrival(String material, LocalDate date, String quantity) {
        arrivals.add(new Arrival(material, date, new BigDecimal(quantity)));
        return this;
    }

    PlanFixture downtime(String centre, LocalDate from, LocalDate to) {
        downtimes.add(new Downtime(centre, from, to));
        return this;
    }

    PlanFixture holiday(LocalDate date) {
        holidays.add(date);
        return this;
    }

    PlanFixture jobs(Job... added) {
        jobs.addAll(List.of(added));
        return this;
    }

    PlanInput input() {
        return new PlanInput(MONDAY, centres, routings, bills, materials, arrivals, downtimes,
                new WorkingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), holidays), jobs);
    }

    Plan plan() {
        return Scheduler.schedule(input());
    }

    /** The slots of one job, in plan order. */
    static List<Slot> slotsOf(Plan plan, String jobId) {
        return plan.slots().stream().filter(slot -> slot.jobId().equals(jobId)).toList();
    }

    static Slot slot(String centre, LocalDate date, String jobId, int operation, int minutes) {
        return new Slot(centre, date, jobId, "SO-" + jobId, operation, minutes);
    }
}
