package io.orderflow.production.internal;

import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.production.api.Anomaly;
import io.orderflow.production.api.Disposition;
import io.orderflow.production.api.ProductionExecutionService;
import io.orderflow.production.api.ProductionOrder;
import io.orderflow.production.api.ProgressReport;
import io.orderflow.production.api.RequirementStatus;
import io.orderflow.production.api.event.QualityPassed;
import io.orderflow.production.internal.jpa.BomLineEntity;
import io.orderflow.production.internal.jpa.Decimals;
import io.orderflow.production.internal.jpa.DowntimeEntity;
import io.orderflow.production.internal.jpa.MaterialEntity;
import io.orderflow.production.internal.jpa.ProductionOrderEntity;
import io.orderflow.production.internal.jpa.WorkCentreEntity;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The shop floor's side: progress and anomalies re-plan; quality inspection sends passed units to stock for the order
 * (the warehouse receives them from {@code production/QUALITY_PASSED}, in the same transaction's outbox, so nothing
 * is received twice or lost; a rework order's go on hand for no order), sends failed ones back to be made, and
 * completes the production order.
 */
@Component(service = ProductionExecutionService.class, configurationPid = "orderflow.production.execution")
@Designate(ocd = ProductionExecutionServiceImpl.Config.class)
public final class ProductionExecutionServiceImpl implements ProductionExecutionService {

    @ObjectClassDefinition(name = "Orderflow production execution", description = "Progress reporting")
    public @interface Config {
        @AttributeDefinition(description = "Days after which a released production order without a report is listed")
        int reportDays() default 7;
    }

    private static final int MAX_NOTE = 500;

    private final ProductionDatabase db;
    private final Replanner replanner;
    private final EventOutbox outbox;
    private final ProductionOrderEvents events;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private volatile int reportDays;

    @Activate
    public ProductionExecutionServiceImpl(@Reference(target = ProductionDatabase.UNIT) JpaTemplate jpa,
                                          @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                                          @Reference EventOutbox outbox, @Reference AuditTrail audit,
                                          @Reference Replanner replanner, Config config,
                                          @Reference BusinessClock clock) {
        this.clock = clock;
        this.db = new ProductionDatabase(jpa, migrations, transactions);
        this.replanner = replanner;
        this.outbox = outbox;
        this.events = new ProductionOrderEvents(outbox, audit);
        this.audit = audit;
        modified(config);
    }

    @Modified
    void modified(Config config) {
        reportDays = Math.max(1, config.reportDays());
    }

    @Override
    public List<ProductionOrder> productionOrders(String orderNumber) {
        return db.read(em -> {
            String where = orderNumber == null || orderNumber.isBlank() ? "" : " where p.orderNumber = :n";
            TypedQuery<ProductionOrderEntity> query = em.createQuery("select p from ProductionOrderEntity p" + where
                    + " order by p.id desc", ProductionOrderEntity.class).setMaxResults(500);
            if (!where.isEmpty()) {
                query.setParameter("n", orderNumber.strip());
            }
            return query.getResultStream().map(ProductionOrderEntity::toRecord)
                    .sorted(Comparator.comparing((ProductionOrder p) -> !p.status().open())).toList();
        });
    }

    @Override
    public Optional<ProductionOrder> productionOrder(long id) {
        return db.read(em -> Optional.ofNullable(em.find(ProductionOrderEntity.class, id))
                .map(ProductionOrderEntity::toRecord));
    }

    @Override
    public ProductionOrder report(long id, ProgressReport report, Actor actor) {
        String role = actor.requireRole("reporting progress", Roles.PRODUCTION_PLANNER);
        check(report);
        return db.change(em -> {
            ProductionOrderEntity order = released(em, id);
            Instant now = clock.now();
            BigDecimal made = report.completed() == null ? BigDecimal.ZERO : report.completed();
            if (made.compareTo(order.remaining()) > 0) {
                throw new ValidationException("completed", "at most " + order.remaining().toPlainString()
                        + " are still to be made");
            }
            order.reported(made, now);
            consume(em, order.productCode(), made);
            String note = report.note() == null || report.note().isBlank() ? null : report.note().strip();
            if (report.anomaly() == null) {
                order.clearHold();
            } else if (report.anomaly() == Anomaly.MATERIAL_SHORTAGE) {
                order.hold(report.until(), "material shortage" + (note == null ? "" : ": " + note));
            } else if (report.anomaly() == Anomaly.BREAKDOWN) {
                if (em.find(WorkCentreEntity.class, report.workCentre()) == null) {
                    throw new ValidationException("workCentre", "no work centre " + report.workCentre());
                }
                em.persist(new DowntimeEntity(report.workCentre(), replanner.today(), report.until(),
                        "breakdown" + (note == null ? "" : ": " + note)));
                order.hold(null, "breakdown of " + report.workCentre() + (note == null ? "" : ": " + note));
            }
            audit.record(ProductionDatabase.connection(em), new AuditRecord(now, actor.name(), role,
                    report.anomaly() == null ? "PRODUCTION_PROGRESS" : "PRODUCTION_" + report.anomaly(),
                    "production order " + id, note, made.toPlainString() + " made" + (report.until() == null ? ""
                    : ", until " + report.until())));
            replanner.replan(em, report.anomaly() == null ? "progress on production order " + id
                    : order.holdReason(replanner.today()));
            return order.toRecord();
        });
    }

    /** What was made used its materials: they leave the material stock the next plan counts on. */
    private static void consume(EntityManager em, String product, BigDecimal made) {
        em.createQuery("select b from BomLineEntity b where b.productCode = :p", BomLineEntity.class)
                .setParameter("p", product).getResultStream().map(BomLineEntity::toRecord)
                .forEach(line -> em.find(MaterialEntity.class, line.material())
                        .consume(line.quantityPerUnit().multiply(made)));
    }

    private void check(ProgressReport report) {
        if (report == null) {
            throw new ValidationException("completed", "is required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (report.completed() != null && (report.completed().signum() < 0 || report.completed().scale() > 4)) {
            problems.add(new FieldProblem("completed", "must be 0 or more, at most 4 decimals"));
        }
        if (report.anomaly() == null && (report.completed() == null || report.completed().signum() == 0)) {
            problems.add(new FieldProblem("completed", "is required: the units made, or an anomaly"));
        }
        if (report.anomaly() != null) {
            LocalDate today = replanner.today();
            if (report.until() == null || report.until().isBefore(today) || report.until().isAfter(today.plusYears(1))) {
                problems.add(new FieldProblem("until", "is required for an anomaly: when work can go on, within a"
                        + " year"));
            }
            if (report.anomaly() == Anomaly.BREAKDOWN && (report.workCentre() == null || report.workCentre().isBlank())) {
                problems.add(new FieldProblem("workCentre", "is required for a breakdown"));
            }
        }
        if (report.note() != null && report.note().length() > MAX_NOTE) {
            problems.add(new FieldProblem("note", "must be at most " + MAX_NOTE + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    @Override
    public ProductionOrder inspect(long id, BigDecimal passed, BigDecimal failed, Disposition disposition,
                                   Actor actor) {
        String role = actor.requireRole("inspecting", Roles.QUALITY);
        BigDecimal pass = passed == null ? BigDecimal.ZERO : passed;
        BigDecimal fail = failed == null ? BigDecimal.ZERO : failed;
        if (pass.signum() < 0 || fail.signum() < 0 || pass.add(fail).signum() == 0 || pass.scale() > 4
                || fail.scale() > 4) {
            throw new ValidationException("passed", "passed and failed must be 0 or more (at most 4 decimals),"
                    + " together more than 0");
        }
        if (fail.signum() > 0 && disposition == null) {
            throw new ValidationException("disposition", "is required for failed units: REWORK or SCRAP");
        }
        return db.change(em -> {
            ProductionOrderEntity order = released(em, id);
            if (pass.add(fail).compareTo(order.uninspected()) > 0) {
                throw new ValidationException("passed", "only " + Decimals.plain(order.uninspected()).toPlainString()
                        + " made and not yet inspected");
            }
            Instant now = clock.now();
            order.inspected(pass, fail);
            audit.record(ProductionDatabase.connection(em), new AuditRecord(now, actor.name(), role,
                    "QUALITY_INSPECTION", "production order " + id, disposition == null ? null : disposition.name(),
                    pass.toPlainString() + " passed, " + fail.toPlainString() + " failed"));
            if (pass.signum() > 0) {
                // a rework order's units are named by its reference: the warehouse finds no order of that name and
                // receives them on hand, free for any order
                outbox.append(ProductionDatabase.connection(em), order.rework() ? order.reworkReference()
                        : order.orderNumber(), now, new QualityPassed(order.id(),
                        order.lineNo(), order.productCode(), pass, "PO-" + id + "/QC-" + order.inspections(),
                        actor.name()));
            }
            if (order.passed().compareTo(order.quantity()) >= 0) {
                events.close(em, order, RequirementStatus.COMPLETED, actor.name(), role, "every unit passed", now);
            }
            replanner.replan(em, "inspection of production order " + id);
            return order.toRecord();
        });
    }

    @Override
    public List<ProductionOrder> withoutReport() {
        Instant before = clock.now().minus(Duration.ofDays(reportDays));
        return db.read(em -> em.createQuery("select p from ProductionOrderEntity p where p.status = :released"
                        + " and p.lastReportAt < :before order by p.lastReportAt", ProductionOrderEntity.class)
                .setParameter("released", RequirementStatus.RELEASED)
                .setParameter("before", Timestamp.from(before)).getResultStream()
                .map(ProductionOrderEntity::toRecord).toList());
    }

    private static ProductionOrderEntity released(EntityManager em, long id) {
        ProductionOrderEntity order = em.find(ProductionOrderEntity.class, id);
        if (order == null) {
            throw new NotFoundException("no production order " + id);
        }
        if (order.status() != RequirementStatus.RELEASED) {
            throw new ConflictException("production order " + id + " is " + order.status() + "; only a released one"
                    + " is reported on and inspected");
        }
        return order;
    }

}
