package io.orderflow.finance.internal;

import io.orderflow.finance.api.Invoice;
import io.orderflow.finance.api.event.InvoiceIssued;
import io.orderflow.finance.internal.domain.CurrencyRules;
import io.orderflow.finance.internal.domain.InvoiceAmounts;
import io.orderflow.finance.internal.jpa.FinanceQueries;
import io.orderflow.finance.internal.jpa.InvoiceEntity;
import io.orderflow.logistics.api.Shipment;
import io.orderflow.logistics.api.ShipmentLine;
import io.orderflow.logistics.api.ShipmentService;
import io.orderflow.logistics.api.event.Dispatched;
import io.orderflow.logistics.api.event.SignedOff;
import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.CustomerService;
import io.orderflow.masterdata.api.InvoiceTrigger;
import io.orderflow.masterdata.api.Product;
import io.orderflow.masterdata.api.ProductService;
import io.orderflow.platform.api.PaymentTerms;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.DepartmentUnavailableException;
import io.orderflow.platform.api.event.AppliedEvents;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.platform.api.event.IdempotentSubscriber;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.sequence.NumberSequences;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.salesorder.api.OrderLine;
import io.orderflow.salesorder.api.SalesOrder;
import io.orderflow.salesorder.api.SalesOrderService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Issues an invoice per shipment (docs/business-rules.md §5) when the customer's invoice trigger says so: on
 * {@code logistics/DISPATCHED}, or on {@code logistics/SIGNED_OFF}. The shipped quantities at the order's unit prices,
 * the agreed freight, each line taxed at its product's tax class's configured rate (none configured: no tax; the
 * freight untaxed), due per the order's terms (NET n: n days after dispatch; otherwise at once). A replacement order
 * (after-sales' exchange) is never invoiced: its shipments are audited as {@code INVOICE_NOT_ISSUED}. While
 * logistics, sales or master data are away the event waits.
 */
@Component(service = EventSubscriber.class, configurationPid = FinanceSettings.PID)
public final class Invoicing extends IdempotentSubscriber<EntityManager> {

    /** Listed in the bundle's Orderflow-Subscribers header (bnd.bnd). */
    static final String ID = "finance.invoicing";

    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final NumberSequences sequences;
    private final BusinessClock clock;
    private final EventCodec codec;
    private volatile FinanceSettings.Settings settings;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ShipmentService shipments;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SalesOrderService salesOrders;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CustomerService customers;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ProductService products;

    @Activate
    public Invoicing(@Reference(target = FinanceDatabase.UNIT) JpaTemplate jpa, @Reference SchemaMigrations migrations,
                     @Reference Transactions transactions, @Reference AppliedEvents applied,
                     @Reference EventOutbox outbox, @Reference AuditTrail audit, @Reference NumberSequences sequences,
                     @Reference BusinessClock clock, @Reference EventCodec codec, FinanceSettings.Config config) {
        super(ID, Set.of(Dispatched.TYPE, SignedOff.TYPE), applied, FinanceDatabase.SCHEMA,
                new FinanceDatabase(jpa, migrations, transactions)::inTransaction, FinanceDatabase::connection);
        this.outbox = outbox;
        this.audit = audit;
        this.sequences = sequences;
        this.clock = clock;
        this.codec = codec;
        this.settings = FinanceSettings.of(config);
    }

    @Modified
    void modified(FinanceSettings.Config config) {
        settings = FinanceSettings.of(config);
    }

    /** For tests outside OSGi: the departments this one asks, as the references would bind them. */
    void bind(ShipmentService shipments, SalesOrderService salesOrders, CustomerService customers,
              ProductService products) {
        this.shipments = shipments;
        this.salesOrders = salesOrders;
        this.customers = customers;
        this.products = products;
    }

    @Override
    protected void apply(EntityManager em, DomainEvent event) {
        boolean dispatched = event.type().equals(Dispatched.TYPE);
        String shipmentId = dispatched ? codec.payload(event, Dispatched.class).shipment()
                : codec.payload(event, SignedOff.class).shipment();
        if (FinanceQueries.invoiced(em, shipmentId)) {
            return;
        }
        Shipment shipment = present(shipments, "logistics").shipment(shipmentId)
                .orElseThrow(() -> new IllegalStateException("logistics knows no shipment " + shipmentId));
        Customer customer = present(customers, "master data").find(shipment.customerId())
                .orElseThrow(() -> new IllegalStateException("no customer " + shipment.customerId()));
        InvoiceTrigger trigger = customer.invoiceTrigger() == null ? InvoiceTrigger.ON_SHIPMENT
                : customer.invoiceTrigger();
        if (dispatched != (trigger == InvoiceTrigger.ON_SHIPMENT)) {
            return;
        }
        SalesOrder order = present(salesOrders, "sales").find(shipment.orderNumber())
                .orElseThrow(() -> new IllegalStateException("sales knows no order " + shipment.orderNumber()));
        if (order.replacementFor() != null) {
            // an exchange's goods are sent at no charge: kept in the audit trail so the shipment's missing invoice is
            // explained
            audit.record(FinanceDatabase.connection(em), new AuditRecord(clock.now(), Actor.SYSTEM.name(), null,
                    "INVOICE_NOT_ISSUED", shipment.id(), "replacement order", "order " + order.number()
                    + " replaces goods of order " + order.replacementFor() + " at no charge: never invoiced"));
            return;
        }
        issue(em, shipment, order, clock.dateOf(event.occurredAt()));
    }

    private void issue(EntityManager em, Shipment shipment, SalesOrder order, LocalDate issuedOn) {
        String currency = order.total().currency();
        List<InvoiceAmounts.Line> amounts = new ArrayList<>();
        List<BigDecimal> prices = new ArrayList<>();
        for (ShipmentLine line : shipment.lines()) {
            BigDecimal price = order.lines().stream().filter(l -> l.lineNo() == line.lineNo()).findFirst()
                    .map(OrderLine::unitPrice).orElseThrow(() -> new IllegalStateException("order "
                            + order.number() + " has no line " + line.lineNo())).amount();
            prices.add(price);
            amounts.add(new InvoiceAmounts.Line(line.quantity(), price, settings.taxRate(present(products,
                    "master data").find(line.productCode()).map(Product::taxClass).orElse(null))));
        }
        BigDecimal freight = shipment.freight() == null || shipment.freight().amount() == null
                || shipment.freight().amount().amount().signum() == 0 ? null : shipment.freight().amount().amount();
        InvoiceAmounts.Totals totals = new InvoiceAmounts(settings.currencies()).of(amounts, freight, BigDecimal.ZERO,
                currency);
        List<Invoice.Line> lines = new ArrayList<>();
        for (int i = 0; i < shipment.lines().size(); i++) {
            ShipmentLine line = shipment.lines().get(i);
            lines.add(new Invoice.Line(line.lineNo(), line.productCode(), line.specification(), line.quantity(),
                    line.unit(), prices.get(i), totals.lines().get(i).net(), amounts.get(i).taxRate(),
                    totals.lines().get(i).tax()));
        }
        PaymentTerms terms = PaymentTerms.parse(order.paymentTerms());
        LocalDate dueOn = terms.isCredit() ? shipment.dispatchedOn().plusDays(terms.value()) : issuedOn;
        String number = sequences.next(FinanceDatabase.connection(em), "INV", issuedOn.getYear());
        BigDecimal invoicedFreight = freight == null ? null : CurrencyRules.entered(freight, currency);
        Invoice invoice = new Invoice(number, order.number(), shipment.id(), order.customerId(), order.customerPo(),
                currency, order.paymentTerms(), issuedOn, dueOn, lines, invoicedFreight, totals.net(), totals.tax(),
                totals.total());
        em.persist(new InvoiceEntity(invoice));
        audit.record(FinanceDatabase.connection(em), new AuditRecord(clock.now(), Actor.SYSTEM.name(), null,
                "INVOICE_ISSUED", number, null, "order " + order.number() + ", shipment " + shipment.id() + ": "
                + totals.total().toPlainString() + " " + currency + ", due " + dueOn));
        outbox.append(FinanceDatabase.connection(em), order.number(), clock.now(), new InvoiceIssued(number,
                order.customerId(), order.customerPo(), shipment.id(), issuedOn, dueOn, order.paymentTerms(), currency,
                lines.stream().map(l -> new InvoiceIssued.Line(l.lineNo(), l.productCode(), l.specification(),
                        l.quantity(), l.unit(), l.unitPrice(), l.net(), l.taxRate(), l.tax())).toList(),
                invoicedFreight, invoicedFreight == null ? null : totals.lines().get(lines.size()).tax(),
                totals.net(), totals.tax(), totals.total()));
    }

    private static <T> T present(T service, String department) {
        if (service == null) {
            throw new DepartmentUnavailableException(department);
        }
        return service;
    }
}
