package io.orderflow.production.internal;

import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.production.api.RequirementStatus;
import io.orderflow.production.api.ScheduleState;
import io.orderflow.production.api.event.ProductionDelayed;
import io.orderflow.production.internal.domain.Job;
import io.orderflow.production.internal.domain.JobPlan;
import io.orderflow.production.internal.domain.Plan;
import io.orderflow.production.internal.domain.PurchaseLine;
import io.orderflow.production.internal.domain.Scheduler;
import io.orderflow.production.internal.domain.Slot;
import io.orderflow.production.internal.domain.WorkingDays;
import io.orderflow.production.internal.jpa.PlanningData;
import io.orderflow.production.internal.jpa.ProductionOrderEntity;
import io.orderflow.production.internal.jpa.ScheduleEntity;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recomputes the schedule proposal after every change, in the changing transaction: runs the {@link Scheduler} on
 * the open production orders, stores its work and purchase plan, projects each order's completion, and appends
 * {@code production/DELAYED} for a sales order whose projected completion passes its promised date (once per new
 * date; a rework order has no promise).
 */
@Component(service = Replanner.class, configurationPid = "orderflow.production.planning")
@Designate(ocd = Replanner.Config.class)
public final class Replanner {

    @ObjectClassDefinition(name = "Orderflow production planning", description = "Calendar of the factory")
    public @interface Config {
        @AttributeDefinition(description = "Working days, e.g. MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
        String[] workingDays() default {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"};

        @AttributeDefinition(description = "Holidays (yyyy-MM-dd): no work on these days", required = false)
        String[] holidays() default {};

        @AttributeDefinition(description = "Answer change requests from the schedule (false: a planner answers them"
                + " by hand)")
        boolean assessChanges() default true;
    }

    private static final Logger LOG = LoggerFactory.getLogger(Replanner.class);

    private final EventOutbox outbox;
    private final BusinessClock clock;
    private volatile WorkingDays calendar;
    private volatile boolean assessChanges;

    @Activate
    public Replanner(@Reference EventOutbox outbox, Config config,
                     @Reference BusinessClock clock) {
        this.clock = clock;
        this.outbox = outbox;
        modified(config);
    }

    @Modified
    void modified(Config config) {
        Set<DayOfWeek> days = Arrays.stream(config.workingDays()).map(String::strip).map(String::toUpperCase)
                .map(DayOfWeek::valueOf).collect(Collectors.toSet());
        Set<LocalDate> holidays = Arrays.stream(config.holidays() == null ? new String[0] : config.holidays())
                .map(String::strip).filter(d -> !d.isEmpty()).map(LocalDate::parse).collect(Collectors.toSet());
        calendar = new WorkingDays(days, holidays);
        assessChanges = config.assessChanges();
    }

    boolean assessesChanges() {
        return assessChanges;
    }

    LocalDate today() {
        return clock.today();
    }

    WorkingDays calendar() {
        return calendar;
    }

    /** Recomputes and stores the schedule; {@code reason} names the change, for a delay it causes. */
    void replan(EntityManager em, String reason) {
        Instant now = clock.now();
        List<ProductionOrderEntity> open = PlanningData.openOrders(em);
        Plan plan = Scheduler.schedule(PlanningData.input(em, today(), calendar, open, List.of()));
        store(em, plan);
        for (ProductionOrderEntity order : open) {
            JobPlan job = plan.jobs().get(String.valueOf(order.id()));
            if (job != null) {
                order.projected(job.completion());
            }
        }
        ScheduleEntity schedule = ProductionDatabase.schedule(em);
        boolean unreleased = open.stream().anyMatch(o -> o.status() == RequirementStatus.PLANNED);
        schedule.computed(unreleased ? ScheduleState.PROPOSED : ScheduleState.APPROVED, now);
        announceDelays(em, open, reason, now);
        LOG.info("Schedule recomputed ({}): {} production orders, {} slots, {} purchase lines", reason,
                plan.jobs().size(), plan.slots().size(), plan.purchases().size());
    }

    /** When the last of {@code jobs} would be complete if they were added to the current schedule now. */
    LocalDate project(EntityManager em, List<Job> jobs) {
        Plan plan = Scheduler.schedule(PlanningData.input(em, today(), calendar, PlanningData.openOrders(em), jobs));
        return jobs.stream().map(job -> plan.jobs().get(job.id()).completion()).max(LocalDate::compareTo)
                .orElseThrow();
    }

    private void announceDelays(EntityManager em, List<ProductionOrderEntity> open, String reason, Instant now) {
        Map<String, List<ProductionOrderEntity>> bySalesOrder = open.stream()
                .filter(o -> !o.rework() && o.projectedCompletion() != null)
                .collect(Collectors.groupingBy(ProductionOrderEntity::orderNumber, TreeMap::new, Collectors.toList()));
        bySalesOrder.forEach((number, orders) -> {
            LocalDate promised = orders.get(0).dueDate();
            LocalDate projected = orders.stream().map(ProductionOrderEntity::projectedCompletion)
                    .max(LocalDate::compareTo).orElseThrow();
            LocalDate announced = orders.stream().map(ProductionOrderEntity::announcedDelay).filter(Objects::nonNull)
                    .max(LocalDate::compareTo).orElse(promised);
            if (projected.isAfter(promised) && projected.isAfter(announced)) {
                String why = orders.stream().map(o -> o.holdReason(today())).filter(Objects::nonNull)
                        .findFirst().orElse(reason);
                outbox.append(ProductionDatabase.connection(em), number, now, new ProductionDelayed(number, promised,
                        projected, why));
                orders.forEach(o -> o.delayAnnounced(projected));
                LOG.info("Order {} delayed: {} instead of {} ({})", number, projected, promised, why);
            }
        });
    }

    private static void store(EntityManager em, Plan plan) {
        em.flush();
        Connection connection = ProductionDatabase.connection(em);
        try (PreparedStatement clearWork = connection.prepareStatement("DELETE FROM PRODUCTION.SCHEDULED_WORK");
             PreparedStatement clearPurchases = connection.prepareStatement("DELETE FROM PRODUCTION.PLANNED_PURCHASE");
             PreparedStatement work = connection.prepareStatement("INSERT INTO PRODUCTION.SCHEDULED_WORK (WORK_CENTRE,"
                     + " WORK_DAY, PRODUCTION_ORDER, ORDER_NO, OPERATION, MINUTES) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement purchase = connection.prepareStatement("INSERT INTO PRODUCTION.PLANNED_PURCHASE"
                     + " (MATERIAL_CODE, QUANTITY, ORDER_BY, EXPECTED_ARRIVAL, LEAD_TIME_DAYS) VALUES (?, ?, ?, ?, ?)")) {
            clearWork.executeUpdate();
            clearPurchases.executeUpdate();
            for (Slot slot : plan.slots()) {
                work.setString(1, slot.workCentre());
                work.setDate(2, Date.valueOf(slot.date()));
                work.setLong(3, Long.parseLong(slot.jobId()));
                work.setString(4, slot.orderNumber());
                work.setInt(5, slot.operation());
                work.setInt(6, slot.minutes());
                work.addBatch();
            }
            work.executeBatch();
            for (PurchaseLine line : plan.purchases()) {
                purchase.setString(1, line.material());
                purchase.setBigDecimal(2, line.quantity());
                purchase.setDate(3, Date.valueOf(line.orderBy()));
                purchase.setDate(4, Date.valueOf(line.expectedArrival()));
                purchase.setInt(5, line.leadTimeDays());
                purchase.addBatch();
            }
            purchase.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the schedule", e);
        }
    }
}
