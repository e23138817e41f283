package io.orderflow.production.internal;

import io.orderflow.masterdata.api.ProductService;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.text.Text;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.production.api.BillLine;
import io.orderflow.production.api.MaterialInfo;
import io.orderflow.production.api.ProductDefinition;
import io.orderflow.production.api.ProductionMasterDataService;
import io.orderflow.production.api.RoutingStep;
import io.orderflow.production.api.WorkCentreInfo;
import io.orderflow.production.internal.jpa.BomLineEntity;
import io.orderflow.production.internal.jpa.MaterialEntity;
import io.orderflow.production.internal.jpa.RoutingStepEntity;
import io.orderflow.production.internal.jpa.WorkCentreEntity;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Work centres, materials, routings and bills: checked, audited, and followed by a re-plan. */
@Component(service = ProductionMasterDataService.class)
public final class ProductionMasterDataServiceImpl implements ProductionMasterDataService {

    private static final int MAX_ROWS = 10_000;

    private final ProductionDatabase db;
    private final Replanner replanner;
    private final AuditTrail audit;
    private final ProductService products;
    private final BusinessClock clock;

    @Activate
    public ProductionMasterDataServiceImpl(@Reference(target = ProductionDatabase.UNIT) JpaTemplate jpa,
                                           @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                                           @Reference Replanner replanner, @Reference AuditTrail audit,
                                           @Reference ProductService products, @Reference BusinessClock clock) {
        this.clock = clock;
        this.db = new ProductionDatabase(jpa, migrations, transactions);
        this.replanner = replanner;
        this.audit = audit;
        this.products = products;
    }

    @Override
    public List<WorkCentreInfo> workCentres() {
        return db.read(em -> em.createQuery("select w from WorkCentreEntity w order by w.code", WorkCentreEntity.class)
                .getResultStream().map(WorkCentreEntity::toRecord).toList());
    }

    @Override
    public List<MaterialInfo> materials() {
        return db.read(em -> em.createQuery("select m from MaterialEntity m order by m.code", MaterialEntity.class)
                .getResultStream().map(MaterialEntity::toRecord).toList());
    }

    @Override
    public Optional<ProductDefinition> product(String product) {
        return db.read(em -> definition(em, product));
    }

    private static Optional<ProductDefinition> definition(EntityManager em, String product) {
        List<RoutingStep> routing = em.createQuery("select r from RoutingStepEntity r where r.productCode = :p",
                RoutingStepEntity.class).setParameter("p", product).getResultStream().map(RoutingStepEntity::toRecord)
                .sorted(Comparator.comparingInt(RoutingStep::sequence)).toList();
        List<BillLine> bill = em.createQuery("select b from BomLineEntity b where b.productCode = :p",
                BomLineEntity.class).setParameter("p", product).getResultStream().map(BomLineEntity::toRecord)
                .sorted(Comparator.comparing(BillLine::material)).toList();
        return routing.isEmpty() && bill.isEmpty() ? Optional.empty()
                : Optional.of(new ProductDefinition(product, routing, bill));
    }

    @Override
    public WorkCentreInfo saveWorkCentre(WorkCentreInfo workCentre, Actor actor) {
        return change(actor, "WORK_CENTRE_SAVED", em -> {
            List<FieldProblem> problems = new ArrayList<>();
            WorkCentreInfo clean = MasterDataChecks.workCentre(workCentre, "", problems);
            MasterDataChecks.throwIfAny(problems);
            write(em, clean);
            return clean;
        }, w -> w.code() + ": " + w.dailyCapacityMinutes() + " min/day");
    }

    @Override
    public MaterialInfo saveMaterial(MaterialInfo material, Actor actor) {
        return change(actor, "MATERIAL_SAVED", em -> {
            List<FieldProblem> problems = new ArrayList<>();
            MaterialInfo clean = MasterDataChecks.material(material, "", problems);
            MasterDataChecks.throwIfAny(problems);
            write(em, clean);
            return clean;
        }, m -> m.code() + ": " + m.onHand().toPlainString() + " on hand, " + m.leadTimeDays() + " days lead time");
    }

    @Override
    public ProductDefinition saveProduct(ProductDefinition given, Actor actor) {
        ProductDefinition definition = given == null ? null : new ProductDefinition(given.product(),
                given.routing() == null ? List.of() : given.routing(), given.bill() == null ? List.of() : given.bill());
        return change(actor, "PRODUCT_DEFINITION_SAVED", em -> {
            List<FieldProblem> problems = new ArrayList<>();
            if (definition == null || definition.product() == null || products.find(definition.product()).isEmpty()) {
                problems.add(new FieldProblem("product", "no such product in the master data"));
                MasterDataChecks.throwIfAny(problems);
            }
            MasterDataChecks.definition(definition, codes(em, "WorkCentreEntity"), codes(em, "MaterialEntity"),
                    problems);
            MasterDataChecks.throwIfAny(problems);
            write(em, definition);
            return definition(em, definition.product()).orElseThrow();
        }, d -> d.product() + ": " + d.routing().size() + " operation(s), " + d.bill().size() + " material(s)");
    }

    @Override
    public int importCsv(String kind, Reader csv, Actor actor) {
        List<CSVRecord> rows = rows(csv);
        return change(actor, "MASTER_DATA_IMPORTED", em -> {
            List<FieldProblem> problems = new ArrayList<>();
            try {
                importRows(em, kind, rows, problems);
            } catch (IllegalArgumentException e) {
                // Commons CSV's answer to a column the header does not have.
                problems.add(new FieldProblem("csv", e.getMessage()));
            }
            MasterDataChecks.throwIfAny(problems);
            return rows.size();
        }, count -> kind + ": " + count + " row(s)");
    }

    private void importRows(EntityManager em, String kind, List<CSVRecord> rows, List<FieldProblem> problems) {
        switch (kind == null ? "" : kind) {
            // a number that does not read is the row's problem: the rules are not asked about the 0 put in its place
            case "work-centres" -> rows.forEach(row -> {
                int unread = problems.size();
                WorkCentreInfo read = new WorkCentreInfo(row.get("code"), row.get("name"),
                        MasterDataChecks.integer(row, "dailyCapacityMinutes", problems));
                WorkCentreInfo w = problems.size() > unread ? null
                        : MasterDataChecks.workCentre(read, MasterDataChecks.row(row), problems);
                if (problems.isEmpty()) {
                    write(em, w);
                }
            });
            case "materials" -> rows.forEach(row -> {
                int unread = problems.size();
                MaterialInfo read = new MaterialInfo(row.get("code"), row.get("name"),
                        MasterDataChecks.decimal(row, "onHand", problems),
                        MasterDataChecks.integer(row, "leadTimeDays", problems));
                MaterialInfo m = problems.size() > unread ? null
                        : MasterDataChecks.material(read, MasterDataChecks.row(row), problems);
                if (problems.isEmpty()) {
                    write(em, m);
                }
            });
            case "routings", "bills" -> products(em, kind, rows, problems);
            default -> problems.add(new FieldProblem("kind", "must be work-centres, materials, routings or bills"));
        }
    }

    /** Routing or bill rows, grouped by product; each product's rows replace its routing or bill. */
    private void products(EntityManager em, String kind, List<CSVRecord> rows, List<FieldProblem> problems) {
        Map<String, List<CSVRecord>> byProduct = new LinkedHashMap<>();
        rows.forEach(row -> byProduct.computeIfAbsent(row.get("product"), p -> new ArrayList<>()).add(row));
        byProduct.forEach((product, own) -> {
            Optional<ProductDefinition> current = definition(em, product);
            List<RoutingStep> routing = current.map(ProductDefinition::routing).orElse(List.of());
            List<BillLine> bill = current.map(ProductDefinition::bill).orElse(List.of());
            int unread = problems.size();
            if (kind.equals("routings")) {
                routing = own.stream().map(row -> new RoutingStep(MasterDataChecks.integer(row, "sequence", problems),
                        row.get("workCentre"), MasterDataChecks.decimal(row, "minutesPerUnit", problems),
                        MasterDataChecks.integer(row, "setupMinutes", problems))).toList();
            } else {
                bill = own.stream().map(row -> new BillLine(row.get("material"),
                        MasterDataChecks.decimal(row, "quantityPerUnit", problems))).toList();
            }
            if (problems.size() > unread) {
                return; // its numbers do not read: the rules are not asked about the 0s put in their place
            }
            ProductDefinition definition = new ProductDefinition(product, routing, bill);
            if (products.find(product).isEmpty()) {
                problems.add(new FieldProblem("product " + product, "no such product in the master data"));
            }
            MasterDataChecks.definition(definition, codes(em, "WorkCentreEntity"), codes(em, "MaterialEntity"),
                    problems);
            if (problems.isEmpty()) {
                write(em, definition);
            }
        });
    }

    private static List<CSVRecord> rows(Reader csv) {
        try {
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(true).get().parse(csv).getRecords();
            if (rows.size() > MAX_ROWS) {
                throw new ValidationException("csv", "at most " + MAX_ROWS + " rows");
            }
            List<FieldProblem> unsafe = new ArrayList<>();
            for (CSVRecord row : rows) {
                row.toMap().forEach((column, value) -> {
                    String problem = Text.problem(value, false);
                    if (problem != null) {
                        unsafe.add(new FieldProblem(MasterDataChecks.row(row) + column, problem));
                    }
                });
            }
            MasterDataChecks.throwIfAny(unsafe);
            return rows;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new ValidationException("csv", "cannot be read: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new ValidationException("csv", "cannot be read: " + e.getCause().getMessage());
        }
    }

    private static Set<String> codes(EntityManager em, String entity) {
        return new HashSet<>(em.createQuery("select e.code from " + entity + " e", String.class).getResultList());
    }

    private static void write(EntityManager em, WorkCentreInfo info) {
        WorkCentreEntity entity = em.find(WorkCentreEntity.class, info.code());
        if (entity == null) {
            em.persist(new WorkCentreEntity(info));
        } else {
            entity.update(info);
        }
    }

    private static void write(EntityManager em, MaterialInfo info) {
        MaterialEntity entity = em.find(MaterialEntity.class, info.code());
        if (entity == null) {
            em.persist(new MaterialEntity(info));
        } else {
            entity.update(info);
        }
    }

    private static void write(EntityManager em, ProductDefinition definition) {
        em.createQuery("delete from RoutingStepEntity r where r.productCode = :p")
                .setParameter("p", definition.product()).executeUpdate();
        em.createQuery("delete from BomLineEntity b where b.productCode = :p")
                .setParameter("p", definition.product()).executeUpdate();
        definition.routing().forEach(step -> em.persist(new RoutingStepEntity(definition.product(), step)));
        definition.bill().forEach(line -> em.persist(new BomLineEntity(definition.product(), line)));
    }

    private <T> T change(Actor actor, String action, Function<EntityManager, T> work,
                        Function<T, String> details) {
        return db.change(em -> {
            T result = work.apply(em);
            em.flush();
            audit.record(ProductionDatabase.connection(em), new AuditRecord(clock.now(), actor.name(),
                    actor.actingRole(Roles.PRODUCTION_PLANNER), action, "production master data", null,
                    details.apply(result)));
            replanner.replan(em, "master data changed");
            return result;
        });
    }
}
