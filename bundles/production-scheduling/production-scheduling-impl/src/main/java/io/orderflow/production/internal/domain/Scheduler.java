package io.orderflow.production.internal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finite-capacity scheduling (docs/business-rules.md §3.2): jobs earliest due date first, each job's operations in
 * routing order, booked day by day on their work centres, none before the job's materials are expected. Pure and
 * deterministic: the plan depends only on the input, never on its list order or on the clock.
 */
public final class Scheduler {

    /** The days an operation booked: first minutes and finish. */
    private record Span(int first, int last) {
    }

    private final PlanInput input;
    private final DayIndex days;
    private final MaterialPlanner materials;
    private final Map<String, CapacityBook> capacity = new HashMap<>();
    private final Map<String, SlotLog> bookings = new TreeMap<>();

    private Scheduler(PlanInput input) {
        this.input = input;
        this.days = new DayIndex(input.today(), input.calendar());
        this.materials = new MaterialPlanner(input, days);
        for (WorkCentre centre : input.workCentres()) {
            capacity.put(centre.code(), CapacityBook.of(centre, input.downtimes(), days));
            bookings.put(centre.code(), new SlotLog());
        }
    }

    /** @throws IllegalArgumentException naming the job, if a job cannot be planned */
    public static Plan schedule(PlanInput input) {
        InputCheck.check(input);
        return new Scheduler(input).run();
    }

    private Plan run() {
        List<Job> order = input.jobs().stream().sorted(Job.SCHEDULING_ORDER).toList();
        Map<String, JobPlan> jobs = new LinkedHashMap<>();
        for (int position = 0; position < order.size(); position++) {
            Job job = order.get(position);
            jobs.put(job.id(), plan(job, position));
        }
        List<Slot> slots = new ArrayList<>();
        bookings.forEach((centre, log) -> log.appendSorted(centre, order, days, slots));
        return new Plan(slots, jobs, materials.purchases());
    }

    private JobPlan plan(Job job, int position) {
        List<Operation> operations = input.routings().get(job.product()).operations();
        int notBefore = job.notBefore() == null ? 0 : days.offsetOf(job.notBefore());
        CapacityBook firstCentre = capacity.get(operations.get(0).workCentre());
        int ready = materials.readyDay(job, () -> firstCentre.firstDayWithCapacity(notBefore));
        Span first = book(operations.get(0), job, position, Math.max(notBefore, ready));
        int finish = first.last();
        for (Operation operation : operations.subList(1, operations.size())) {
            finish = book(operation, job, position, finish).last();
        }
        LocalDate completion = days.date(finish);
        return new JobPlan(job.id(), job.orderNumber(), days.date(ready), days.date(first.first()), completion,
                completion.isAfter(job.dueDate()));
    }

    /** Books the operation's minutes day by day from {@code from}, each day as much as its work centre has left. */
    private Span book(Operation operation, Job job, int position, int from) {
        int minutes = operation.minutesFor(job.quantity());
        if (minutes == 0) {
            return new Span(from, from);
        }
        CapacityBook book = capacity.get(operation.workCentre());
        SlotLog log = bookings.get(operation.workCentre());
        int day = book.firstDayWithCapacity(from);
        int firstDay = day;
        while (true) {
            int taken = book.take(day, minutes);
            log.add(day, position, operation.sequence(), taken);
            minutes -= taken;
            if (minutes == 0) {
                return new Span(firstDay, day);
            }
            day = book.firstDayWithCapacity(day + 1);
        }
    }
}
