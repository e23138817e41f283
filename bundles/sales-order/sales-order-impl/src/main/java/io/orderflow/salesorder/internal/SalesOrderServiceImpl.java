package io.orderflow.salesorder.internal;

import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.config.InvalidConfigurationException;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.sequence.NumberSequences;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Retry;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.salesorder.api.Channel;
import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.CustomerService;
import io.orderflow.salesorder.api.ExternalOrder;
import io.orderflow.salesorder.api.IntakeFlag;
import io.orderflow.salesorder.api.IntakeResult;
import io.orderflow.salesorder.api.InterchangeIntake;
import io.orderflow.salesorder.api.OrderDraft;
import io.orderflow.salesorder.api.OrderQuery;
import io.orderflow.platform.api.PaymentTerms;
import io.orderflow.salesorder.api.Page;
import io.orderflow.masterdata.api.Product;
import io.orderflow.masterdata.api.ProductService;
import io.orderflow.salesorder.api.SalesOrder;
import io.orderflow.salesorder.api.SalesOrderNotFoundException;
import io.orderflow.salesorder.api.SalesOrderService;
import io.orderflow.salesorder.api.TimelineEntry;
import io.orderflow.salesorder.internal.domain.OrderPayloads;
import io.orderflow.salesorder.internal.domain.AcceptedOrder;
import io.orderflow.salesorder.internal.domain.IntakeRules;
import io.orderflow.salesorder.internal.domain.Review;
import io.orderflow.salesorder.internal.domain.ReviewPlanner;
import io.orderflow.salesorder.internal.review.ApprovalMatrix;
import io.orderflow.salesorder.internal.jpa.ExternalReferences;
import io.orderflow.salesorder.internal.jpa.OrderQueries;
import io.orderflow.salesorder.internal.jpa.SalesOrderEntity;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = SalesOrderService.class, configurationPid = SalesOrderServiceImpl.PID)
@Designate(ocd = SalesOrderServiceImpl.Config.class)
public final class SalesOrderServiceImpl implements SalesOrderService {

    static final String PID = "orderflow.sales-order.intake";

    @ObjectClassDefinition(name = "Orderflow sales order intake", description = "Rules for accepting new orders")
    public @interface Config {
        @AttributeDefinition(min = "1", description = "Minutes from receipt within which an order must be confirmed (the business rule: 2 hours)")
        int confirmationWindowMinutes() default 120;

        @AttributeDefinition(min = "1", description = "Attempts of an intake transaction that meets a lock timeout or deadlock")
        int maxAttempts() default 5;
    }

    /** The prefix of order numbers, replacements' too. */
    public static final String ORDER_PREFIX = "SO";
    /** An interchange's orders are taken in one transaction: a bound keeps it short. */
    private static final int MAX_INTERCHANGE_ORDERS = 500;
    /** X12 and EDIFACT control numbers and partner ids are at most 35 characters. */
    private static final int MAX_REFERENCE = 35;
    private static final Logger LOG = LoggerFactory.getLogger(SalesOrderServiceImpl.class);

    private final SalesOrderDatabase db;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final NumberSequences sequences;
    private final ApprovalMatrix matrix;
    private final CustomerService customers;
    private final ProductService products;
    private final BusinessClock clock;
    private final IntakeRules rules = new IntakeRules();
    private volatile Settings settings;

    /** The configuration, checked; replaced as a whole when it changes. */
    private record Settings(Duration confirmationWindow, int maxAttempts) {
        static Settings of(Config config) {
            if (config.confirmationWindowMinutes() < 1) {
                throw new InvalidConfigurationException(PID, "confirmationWindowMinutes", "must be at least 1");
            }
            if (config.maxAttempts() < 1) {
                throw new InvalidConfigurationException(PID, "maxAttempts", "must be at least 1");
            }
            return new Settings(Duration.ofMinutes(config.confirmationWindowMinutes()), config.maxAttempts());
        }
    }

    @Activate
    public SalesOrderServiceImpl(@Reference(target = SalesOrderDatabase.UNIT) JpaTemplate jpa,
                                 @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                                 @Reference EventOutbox outbox, @Reference AuditTrail audit,
                                 @Reference NumberSequences sequences, @Reference ApprovalMatrix matrix,
                                 @Reference CustomerService customers, @Reference ProductService products,
                                 @Reference BusinessClock clock, Config config) {
        this.db = new SalesOrderDatabase(jpa, migrations, transactions);
        this.clock = clock;
        this.customers = customers;
        this.products = products;
        this.outbox = outbox;
        this.audit = audit;
        this.sequences = sequences;
        this.matrix = matrix;
        this.settings = Settings.of(config);
    }

    /**
     * Takes a new configuration in place. Restarting the component instead would also restart the REST endpoint
     * and the shell commands that use it, refusing calls for a moment.
     */
    @Modified
    void modified(Config config) {
        settings = Settings.of(config);
    }

    @Override
    public IntakeResult create(OrderDraft draft, Channel channel, Actor actor) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(actor, "actor");
        Settings current = settings;
        // a concurrent submission of the same PO that committed first is answered with, as if ours came second
        IntakeResult result = db.tx(Retry.transientFailures(current.maxAttempts()),
                em -> createIn(em, draft, List.of(), channel, actor, current),
                () -> db.tx(em -> OrderQueries.byCustomerPo(em, draft.customerId(), draft.customerPo().strip()))
                        .map(existing -> new IntakeResult(existing.toRecord(), false))
                        .orElseThrow(() -> new IllegalStateException("purchase order " + draft.customerPo()
                                + " was stored by another submission, which is not found")));
        if (result.created()) {
            LOG.info("Sales order {} received from {} via {} (PO {})", result.order().number(),
                    result.order().customerId(), channel, result.order().customerPo());
        }
        return result;
    }

    @Override
    public InterchangeIntake createInterchange(String partner, String interchange, List<ExternalOrder> orders,
                                               Actor actor) {
        checkInterchange(partner, interchange, orders);
        Settings current = settings;
        InterchangeIntake intake = db.tx(Retry.transientFailures(current.maxAttempts()), em -> {
            List<String> earlier = ExternalReferences.ordersOf(SalesOrderDatabase.connection(em), partner,
                    interchange);
            if (!earlier.isEmpty()) {
                return replay(em, partner, interchange, earlier);
            }
            List<IntakeResult> results = new ArrayList<>();
            List<FieldProblem> problems = new ArrayList<>();
            for (int i = 0; i < orders.size(); i++) {
                try {
                    IntakeResult result = createIn(em, orders.get(i).draft(), orders.get(i).filledIn(), Channel.EDI,
                            actor, current);
                    ExternalReferences.record(SalesOrderDatabase.connection(em), partner, interchange,
                            orders.get(i).transactionSet(), i, result.order().number());
                    results.add(result);
                } catch (ValidationException e) {
                    String at = "orders[" + i + "].";
                    e.problems().forEach(p -> problems.add(new FieldProblem(at + p.field(), p.problem())));
                }
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            return new InterchangeIntake(partner, interchange, false, List.copyOf(results));
        }, () -> db.tx(em -> replay(em, partner, interchange, // taken concurrently, committed first: what it gave
                ExternalReferences.ordersOf(SalesOrderDatabase.connection(em), partner, interchange))));
        LOG.info("Interchange {} of {}: {} order(s){}", interchange, partner, intake.orders().size(),
                intake.replayed() ? ", taken before" : "");
        return intake;
    }

    private static AcceptedOrder withFlags(AcceptedOrder order, List<IntakeFlag> more) {
        if (more.isEmpty()) {
            return order;
        }
        List<IntakeFlag> flags = new ArrayList<>(order.flags());
        flags.addAll(more);
        return new AcceptedOrder(order.customerId(), order.customerPo(), order.requestedDelivery(),
                order.deliveryAddress(), order.paymentTerms(), order.type(), order.custom(), order.installation(),
                order.shipBeforePayment(), order.policyException(), order.contact(), order.lines(), order.total(),
                List.copyOf(flags));
    }

    private static InterchangeIntake replay(EntityManager em, String partner, String interchange,
                                            List<String> numbers) {
        return new InterchangeIntake(partner, interchange, true, numbers.stream()
                .map(number -> new IntakeResult(OrderQueries.require(em, number).toRecord(), false)).toList());
    }

    private static void checkInterchange(String partner, String interchange, List<ExternalOrder> orders) {
        List<FieldProblem> problems = new ArrayList<>();
        reference("partner", partner, problems);
        reference("interchange", interchange, problems);
        if (orders == null || orders.isEmpty() || orders.size() > MAX_INTERCHANGE_ORDERS) {
            problems.add(new FieldProblem("orders", "between 1 and " + MAX_INTERCHANGE_ORDERS + " orders"));
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < orders.size(); i++) {
                ExternalOrder order = orders.get(i);
                if (order == null || order.draft() == null) {
                    problems.add(new FieldProblem("orders[" + i + "]", "is required"));
                    continue;
                }
                reference("orders[" + i + "].transactionSet", order.transactionSet(), problems);
                if (order.transactionSet() != null && !seen.add(order.transactionSet())) {
                    problems.add(new FieldProblem("orders[" + i + "].transactionSet", "is used twice"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static void reference(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank() || value.length() > MAX_REFERENCE) {
            problems.add(new FieldProblem(field, "is required, at most " + MAX_REFERENCE + " characters"));
        }
    }

    private IntakeResult createIn(EntityManager em, OrderDraft draft, List<IntakeFlag> filledIn, Channel channel,
                                  Actor actor, Settings settings) {
        if (draft.customerId() != null && draft.customerPo() != null) {
            Optional<SalesOrderEntity> existing = OrderQueries.byCustomerPo(em, draft.customerId(), draft.customerPo().strip());
            if (existing.isPresent()) {
                return new IntakeResult(existing.get().toRecord(), false);
            }
        }
        Instant now = clock.now();
        LocalDate today = clock.today();
        Customer customer = customer(draft.customerId());
        AcceptedOrder order = withFlags(rules.check(draft, customer, products(draft), today), filledIn);
        List<Review.Step> review = ReviewPlanner.plan(new ReviewPlanner.OrderFacts(order.type(), order.total(),
                order.paymentTerms(), PaymentTerms.parse(customer.paymentTerms()), order.installation(), order.custom(),
                order.shipBeforePayment(), order.policyException() != null, order.flags()), matrix.rules());
        Connection tx = SalesOrderDatabase.connection(em);
        String number = sequences.next(tx, ORDER_PREFIX, today.getYear());
        SalesOrderEntity entity = new SalesOrderEntity(number, order, review, channel, actor.name(), now,
                now.plus(settings.confirmationWindow()));
        em.persist(entity);
        em.flush();
        outbox.append(tx, number, now, OrderPayloads.received(entity.toRecord(), channel,
                review.stream().map(Review.Step::role).toList()));
        audit.record(tx, new AuditRecord(now, actor.name(), actor.actingRole(Roles.SALES_REP, Roles.SALES_ASSISTANT,
                Roles.INTEGRATION), "ORDER_RECEIVED", number, null, String.format(
                "customer %s, PO %s, %d line(s), total %s, channel %s, %d flag(s)", order.customerId(),
                order.customerPo(), order.lines().size(), order.total(), channel, order.flags().size())));
        return new IntakeResult(entity.toRecord(), true);
    }

    private Customer customer(String id) {
        return id == null || id.isBlank() ? null : customers.find(id).orElse(null);
    }

    /** The products the draft names that master data knows, by code. */
    private Map<String, Product> products(OrderDraft draft) {
        Map<String, Product> known = new HashMap<>();
        if (draft.lines() != null) {
            for (OrderDraft.LineDraft line : draft.lines()) {
                if (line != null && line.productCode() != null && !known.containsKey(line.productCode())) {
                    products.find(line.productCode()).ifPresent(product -> known.put(line.productCode(), product));
                }
            }
        }
        return known;
    }

    @Override
    public Optional<SalesOrder> find(String number) {
        return db.tx(em -> Optional.ofNullable(em.find(SalesOrderEntity.class, number)).map(SalesOrderEntity::toRecord));
    }

    @Override
    public Page<SalesOrder> list(OrderQuery query) {
        return db.tx(em -> OrderQueries.page(em, query));
    }

    @Override
    public List<TimelineEntry> timeline(String number) {
        return db.tx(em -> {
            if (em.find(SalesOrderEntity.class, number) == null) {
                throw new SalesOrderNotFoundException(number);
            }
            return OrderQueries.timeline(em, number);
        });
    }

    @Override
    public List<String> numbersStartingWith(String prefix, int limit) {
        return db.tx(em -> OrderQueries.numbersStartingWith(em, prefix == null ? "" : prefix, limit));
    }
}
