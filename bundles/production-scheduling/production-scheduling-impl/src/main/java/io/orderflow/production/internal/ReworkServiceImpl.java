package io.orderflow.production.internal;

import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.Problems;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.production.api.ProductionOrder;
import io.orderflow.production.api.ReworkRequest;
import io.orderflow.production.api.ReworkService;
import io.orderflow.production.internal.jpa.Decimals;
import io.orderflow.production.internal.jpa.PlanningData;
import io.orderflow.production.internal.jpa.ProductionOrderEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Rework orders for after-sales: a production order of their own, planned after every sales order and released by
 * the schedule's approval without a prepayment gate. Made in the schedule's lock, so a reference asked twice at once
 * still makes one order (the unique reference is the database's guard besides).
 */
@Component(service = ReworkService.class)
public final class ReworkServiceImpl implements ReworkService {

    private static final int MAX_REFERENCE = 60;
    private static final int MAX_PRODUCT = 40;
    private static final int MAX_REASON = 500;
    private static final int MAX_LISTED = 500;
    /** The escape character of the reference prefix in a LIKE pattern. */
    private static final char ESCAPE = '!';

    private final ProductionDatabase db;
    private final Replanner replanner;
    private final AuditTrail audit;
    private final BusinessClock clock;

    @Activate
    public ReworkServiceImpl(@Reference(target = ProductionDatabase.UNIT) JpaTemplate jpa,
                             @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                             @Reference AuditTrail audit, @Reference Replanner replanner,
                             @Reference BusinessClock clock) {
        this.db = new ProductionDatabase(jpa, migrations, transactions);
        this.replanner = replanner;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ProductionOrder rework(ReworkRequest request, Actor actor) {
        String role = actor.requireRole("ordering a rework", Roles.QUALITY);
        check(request);
        String reference = request.reference().strip();
        String product = request.product().strip();
        BigDecimal quantity = request.quantity();
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        return db.change(em -> {
            Optional<ProductionOrderEntity> earlier = PlanningData.rework(em, reference);
            if (earlier.isPresent()) {
                return same(earlier.get(), product, quantity).toRecord();
            }
            if (!PlanningData.isMade(em, product)) {
                throw new ValidationException("product", "has no routing: " + product + " is not made here");
            }
            Instant now = clock.now();
            ProductionOrderEntity order = ProductionOrderEntity.rework(reference, product, quantity, now);
            em.persist(order);
            em.flush();
            audit.record(ProductionDatabase.connection(em), new AuditRecord(now, actor.name(), role,
                    "REWORK_ORDERED", "production order " + order.id(), reason, quantity.toPlainString() + " "
                    + product + " for " + reference));
            replanner.replan(em, "rework " + reference + " ordered");
            return order.toRecord();
        });
    }

    /** The order made the first time, when asked again for the same thing; two different orders cannot share a name. */
    private static ProductionOrderEntity same(ProductionOrderEntity earlier, String product, BigDecimal quantity) {
        if (!earlier.productCode().equals(product) || earlier.quantity().compareTo(quantity) != 0) {
            throw new ConflictException("rework " + earlier.reworkReference() + " is production order " + earlier.id()
                    + " for " + Decimals.plain(earlier.quantity()).toPlainString() + " " + earlier.productCode()
                    + ", not " + quantity.toPlainString() + " " + product);
        }
        return earlier;
    }

    private static void check(ReworkRequest request) {
        if (request == null) {
            throw new ValidationException("reference", "is required: the rework request");
        }
        Problems problems = new Problems();
        if (problems.requireText("product", request.product())) {
            problems.checkCharacters("product", request.product(), false);
            problems.limitLength("product", request.product().strip(), MAX_PRODUCT);
        }
        if (request.quantity() == null) {
            problems.add("quantity", "is required");
        } else if (request.quantity().signum() <= 0
                || request.quantity().compareTo(ProductionPlanningServiceImpl.MAX_QUANTITY) > 0) {
            problems.add("quantity", "must be greater than 0 and at most "
                    + ProductionPlanningServiceImpl.MAX_QUANTITY);
        } else {
            problems.fitsAmountColumn("quantity", request.quantity());
        }
        if (problems.requireText("reference", request.reference())) {
            problems.checkCharacters("reference", request.reference(), false);
            problems.limitLength("reference", request.reference().strip(), MAX_REFERENCE);
        }
        problems.checkCharacters("reason", request.reason(), true);
        problems.limitLength("reason", request.reason() == null ? null : request.reason().strip(), MAX_REASON);
        problems.throwIfAny();
    }

    @Override
    public List<ProductionOrder> reworks(String reference) {
        boolean all = reference == null || reference.isBlank();
        return db.read(em -> {
            String which = all ? "p.reworkReference is not null"
                    : "p.reworkReference = :r or p.reworkReference like :lines escape '" + ESCAPE + "'";
            TypedQuery<ProductionOrderEntity> query = em.createQuery("select p from ProductionOrderEntity p where "
                    + which + " order by p.id desc", ProductionOrderEntity.class).setMaxResults(MAX_LISTED);
            if (!all) {
                query.setParameter("r", reference.strip()).setParameter("lines", likeLiteral(reference.strip()) + "/%");
            }
            return query.getResultStream().map(ProductionOrderEntity::toRecord).toList();
        });
    }

    /** {@code text} matched as it is by LIKE: its wildcards and the escape character escaped. */
    private static String likeLiteral(String text) {
        StringBuilder literal = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                literal.append(ESCAPE);
            }
            literal.append(c);
        }
        return literal.toString();
    }
}
