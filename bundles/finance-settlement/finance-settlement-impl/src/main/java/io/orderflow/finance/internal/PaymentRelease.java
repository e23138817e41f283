package io.orderflow.finance.internal;

import io.orderflow.finance.internal.jpa.FinanceQueries;
import io.orderflow.finance.internal.jpa.InvoiceEntity;
import io.orderflow.finance.internal.jpa.OrderAccountEntity;
import io.orderflow.logistics.api.ShipmentRelease;
import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.CustomerService;
import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.PaymentTerms;
import io.orderflow.platform.api.error.DepartmentUnavailableException;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.salesorder.api.ReviewStep;
import io.orderflow.salesorder.api.SalesOrder;
import io.orderflow.salesorder.api.SalesOrderService;
import io.orderflow.salesorder.api.StepStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Finance's shipment release (domain.md §5), asked by logistics before each shipment: an order ships when its
 * ship-before-payment exception was approved in its review, or when it is a replacement order of an exchange (rule
 * {@code REPLACEMENT}, domain.md §6: nothing is paid for it), or, on credit terms, when its customer owes no more than
 * its credit limit, or, on any other terms, when verified payments cover its total. The reason names what decided it
 * (the exception, the credit headroom at that instant, or the payments), and logistics keeps it with the shipment. An
 * order whose confirmation finance has not applied yet (the events are on their way) is judged on the terms and total
 * logistics has from sales, so that nothing waits for the relay and nothing ships unjudged.
 */
@Component
public final class PaymentRelease implements ShipmentRelease {

    /** The rule that releases a replacement order (after-sales' exchange): it ships without payment. */
    static final String REPLACEMENT = "REPLACEMENT";

    private final FinanceDatabase db;
    private final BusinessClock clock;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CustomerService customers;
    /** Asked for the review that approved a ship-before-payment exception, when it is there to say. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SalesOrderService salesOrders;

    @Activate
    public PaymentRelease(@Reference(target = FinanceDatabase.UNIT) JpaTemplate jpa,
                          @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                          @Reference BusinessClock clock) {
        this.db = new FinanceDatabase(jpa, migrations, transactions);
        this.clock = clock;
    }

    /** For the tests, which run without a framework. */
    void bind(CustomerService customers, SalesOrderService salesOrders) {
        this.customers = customers;
        this.salesOrders = salesOrders;
    }

    @Override
    public ReleaseDecision decide(Request request) {
        String number = request.orderNumber();
        if (request.shipBeforePayment()) {
            return new ReleaseDecision(true, "SHIP_BEFORE_PAYMENT", "order " + number + " ships before payment by"
                    + " the exception approved in its review" + approval(number));
        }
        String replacedBySales = replacementFor(number); // asked before finance's transaction, not inside it
        return db.tx(em -> {
            OrderAccountEntity account = em.find(OrderAccountEntity.class, number);
            if (account != null && account.cancelled()) {
                return new ReleaseDecision(false, "ORDER_CANCELLED", "order " + number + " was cancelled");
            }
            String original = account != null && account.replacementFor() != null ? account.replacementFor()
                    : replacedBySales;
            if (original != null) {
                return new ReleaseDecision(true, REPLACEMENT, "order " + number + " replaces goods of order "
                        + original + " in an exchange at no charge: no payment is asked");
            }
            // an order whose confirmation finance has not applied yet is judged on what logistics knows of it
            Order order = account == null ? new Order(number, request.customerId(), request.paymentTerms(),
                    request.orderTotal().amount(), request.orderTotal().currency(), false)
                    : new Order(number, account.customerId(), account.paymentTerms(), account.total(),
                    account.currency(), true);
            return PaymentTerms.parse(order.terms()).isCredit() ? onCredit(em, order) : paid(em, order);
        });
    }

    /**
     * The original of a replacement order as sales has it (the confirmation may not have reached finance yet); null
     * for any other order, or while sales is away (finance's own account of the order then decides).
     */
    private String replacementFor(String number) {
        SalesOrderService sales = salesOrders;
        return sales == null ? null : sales.find(number).map(SalesOrder::replacementFor).orElse(null);
    }

    /** The order as the release judges it; {@code known}: finance follows it already. */
    private record Order(String number, String customerId, String terms, BigDecimal total, String currency,
                         boolean known) {

        String amount(BigDecimal amount) {
            return Money.ofStored(amount, currency).toString();
        }
    }

    /** The exceptional review's last approval, as sales keeps it: ", step 5 (exceptional) by paul as president at …". */
    private String approval(String number) {
        SalesOrderService sales = salesOrders;
        List<ReviewStep> approved = sales == null ? List.of() : sales.find(number).map(o -> o.review().stream()
                .filter(step -> step.status() == StepStatus.APPROVED).toList()).orElse(List.of());
        if (approved.isEmpty()) {
            return "";
        }
        ReviewStep last = approved.get(approved.size() - 1);
        return ", step " + last.stepNo() + " (" + last.rule() + ") by " + last.decidedBy() + " as " + last.role()
                + " at " + last.decidedAt();
    }

    private ReleaseDecision onCredit(EntityManager em, Order order) {
        Customer customer = DepartmentUnavailableException.require(customers, "master data")
                .find(order.customerId()).orElse(null);
        if (customer == null || customer.creditLimit() == null) {
            return new ReleaseDecision(false, "CREDIT_LIMIT_UNKNOWN", "customer " + order.customerId()
                    + " has no credit limit in master data");
        }
        Money limit = customer.creditLimit();
        if (!limit.currency().equals(order.currency())) {
            return new ReleaseDecision(false, "CREDIT_LIMIT_CURRENCY", "the credit limit of " + order.customerId()
                    + " is in " + limit.currency() + " and cannot be compared with an order in " + order.currency());
        }
        BigDecimal owed = CreditStanding.owed(em, order.customerId(), order.currency(), order.known() ? Map.of()
                : Map.of(order.number(), order.total()));
        BigDecimal headroom = limit.amount().subtract(owed);
        String figures = "open receivables " + order.amount(owed) + " against a limit of " + limit + " at "
                + clock.now();
        return headroom.signum() >= 0
                ? new ReleaseDecision(true, "CREDIT_WITHIN_LIMIT", figures + ": headroom " + order.amount(headroom))
                : new ReleaseDecision(false, "CREDIT_LIMIT_EXCEEDED", figures + ": over by "
                + order.amount(headroom.negate()));
    }

    private ReleaseDecision paid(EntityManager em, Order order) {
        List<InvoiceEntity> invoices = FinanceQueries.invoices(em, order.number());
        BigDecimal paid = CreditStanding.paid(em, order.number(), invoices);
        String figures = order.amount(paid) + " of " + order.amount(order.total()) + " verified";
        if (paid.compareTo(order.total()) < 0) {
            return new ReleaseDecision(false, "PAYMENT_OUTSTANDING", figures + ": " + order.amount(order.total()
                    .subtract(paid)) + " still to be paid before " + order.number() + " ships (" + order.terms() + ")");
        }
        List<String> documents = Stream.concat(Stream.of(order.number()),
                invoices.stream().map(InvoiceEntity::number)).toList();
        return new ReleaseDecision(true, "PAYMENT_VERIFIED", figures + " by payment(s) "
                + String.join(", ", FinanceQueries.verifiedPaymentsTo(em, documents)));
    }
}
