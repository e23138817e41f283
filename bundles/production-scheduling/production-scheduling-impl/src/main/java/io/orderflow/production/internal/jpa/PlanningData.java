package io.orderflow.production.internal.jpa;

import io.orderflow.production.api.RequirementStatus;
import io.orderflow.production.api.RoutingStep;
import io.orderflow.production.internal.domain.Arrival;
import io.orderflow.production.internal.domain.BomLine;
import io.orderflow.production.internal.domain.Downtime;
import io.orderflow.production.internal.domain.Job;
import io.orderflow.production.internal.domain.Material;
import io.orderflow.production.internal.domain.Operation;
import io.orderflow.production.internal.domain.PlanInput;
import io.orderflow.production.internal.domain.Routing;
import io.orderflow.production.internal.domain.WorkCentre;
import io.orderflow.production.internal.domain.WorkingDays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;

/** Reads what the scheduler needs from the PRODUCTION tables. */
public final class PlanningData {

    private PlanningData() {
    }

    /** Whether the factory makes the product: it has a routing. */
    public static boolean isMade(EntityManager em, String product) {
        return em.createQuery("select count(r) from RoutingStepEntity r where r.productCode = :p", Long.class)
                .setParameter("p", product).getSingleResult() > 0;
    }

    /** The open production orders: planned, waiting for a prepayment, or released. */
    public static List<ProductionOrderEntity> openOrders(EntityManager em) {
        return em.createQuery("select p from ProductionOrderEntity p where p.status in :open",
                ProductionOrderEntity.class).setParameter("open", List.of(RequirementStatus.PLANNED,
                RequirementStatus.AWAITING_PREPAYMENT, RequirementStatus.RELEASED)).getResultList();
    }

    /** The rework order of {@code reference}, if there is one. */
    public static Optional<ProductionOrderEntity> rework(EntityManager em, String reference) {
        return em.createQuery("select p from ProductionOrderEntity p where p.reworkReference = :r",
                ProductionOrderEntity.class).setParameter("r", reference).getResultStream().findFirst();
    }

    public static List<ProductionOrderEntity> ordersOf(EntityManager em, String orderNumber) {
        return em.createQuery("select p from ProductionOrderEntity p where p.orderNumber = :n order by p.lineNo",
                ProductionOrderEntity.class).setParameter("n", orderNumber).getResultList();
    }

    /**
     * The scheduler's input: every work centre, routing, bill, material, purchase and downtime, and a job for each of
     * {@code orders} with work left ({@code extra} jobs, e.g. a what-if, are added as they are).
     */
    public static PlanInput input(EntityManager em, LocalDate today, WorkingDays calendar,
                                  List<ProductionOrderEntity> orders, List<Job> extra) {
        List<WorkCentre> workCentres = em.createQuery("select w from WorkCentreEntity w", WorkCentreEntity.class)
                .getResultStream().map(WorkCentreEntity::toRecord)
                .map(w -> new WorkCentre(w.code(), w.dailyCapacityMinutes())).toList();
        Map<String, Routing> routings = new TreeMap<>();
        em.createQuery("select r from RoutingStepEntity r", RoutingStepEntity.class).getResultStream()
                .collect(Collectors.groupingBy(RoutingStepEntity::productCode, TreeMap::new, Collectors.toList()))
                .forEach((product, steps) -> routings.put(product, new Routing(product, steps.stream()
                        .map(RoutingStepEntity::toRecord).sorted(Comparator.comparingInt(RoutingStep::sequence))
                        .map(s -> new Operation(s.sequence(), s.workCentre(), s.minutesPerUnit(), s.setupMinutes()))
                        .toList())));
        Map<String, List<BomLine>> bills = new TreeMap<>();
        em.createQuery("select b from BomLineEntity b", BomLineEntity.class).getResultStream()
                .collect(Collectors.groupingBy(BomLineEntity::productCode, TreeMap::new, Collectors.toList()))
                .forEach((product, lines) -> bills.put(product, lines.stream().map(BomLineEntity::toRecord)
                        .map(l -> new BomLine(l.material(), l.quantityPerUnit())).toList()));
        Map<String, Material> materials = new TreeMap<>();
        em.createQuery("select m from MaterialEntity m", MaterialEntity.class).getResultStream()
                .map(MaterialEntity::toRecord)
                .forEach(m -> materials.put(m.code(), new Material(m.code(), m.onHand(), m.leadTimeDays())));
        List<Arrival> arrivals = em.createQuery("select p from PurchaseEntity p", PurchaseEntity.class)
                .getResultStream().map(PurchaseEntity::toRecord)
                .map(p -> new Arrival(p.material(), p.expectedArrival(), p.quantity())).toList();
        List<Downtime> downtimes = em.createQuery("select d from DowntimeEntity d where d.to >= :today",
                DowntimeEntity.class).setParameter("today", today).getResultStream()
                .map(d -> new Downtime(d.workCentre(), d.from(), d.to())).toList();
        List<Job> jobs = new ArrayList<>();
        for (ProductionOrderEntity order : orders) {
            // A product without a routing is not made here: it waits, unscheduled, until it gets one.
            if (order.remaining().signum() > 0 && routings.containsKey(order.productCode())) {
                // a rework order has no promise to keep: it comes after every sales order
                jobs.add(new Job(String.valueOf(order.id()), order.orderNumber(), order.productCode(),
                        order.remaining(), order.dueDate() == null ? Job.AFTER_EVERYTHING : order.dueDate(),
                        order.receivedAt(), order.notBefore()));
            }
        }
        jobs.addAll(extra);
        return new PlanInput(today, workCentres, routings, bills, materials, arrivals, downtimes, calendar, jobs);
    }
}
