package io.orderflow.finance.internal;

import io.orderflow.finance.api.Ageing;
import io.orderflow.finance.api.Overdue;
import io.orderflow.finance.api.ReceivablesService;
import io.orderflow.finance.internal.domain.AgeingBuckets;
import io.orderflow.finance.internal.domain.CurrencyRules;
import io.orderflow.finance.internal.domain.Receivables;
import io.orderflow.finance.internal.jpa.CreditNoteQueries;
import io.orderflow.finance.internal.jpa.FinanceQueries;
import io.orderflow.finance.internal.jpa.InvoiceEntity;
import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.CustomerService;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.platform.api.tx.Transactions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Receivables aged at an as-of date by the configured buckets, and the overdue invoices for collection. */
@Component(service = ReceivablesService.class, configurationPid = FinanceSettings.PID)
public final class ReceivablesServiceImpl implements ReceivablesService {

    private final FinanceDatabase db;
    private final BusinessClock clock;
    private volatile FinanceSettings.Settings settings;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CustomerService customers;

    @Activate
    public ReceivablesServiceImpl(@Reference(target = FinanceDatabase.UNIT) JpaTemplate jpa,
                                  @Reference SchemaMigrations migrations, @Reference Transactions transactions,
                                  @Reference BusinessClock clock, FinanceSettings.Config config) {
        this.db = new FinanceDatabase(jpa, migrations, transactions);
        this.clock = clock;
        this.settings = FinanceSettings.of(config);
    }

    @Modified
    void modified(FinanceSettings.Config config) {
        settings = FinanceSettings.of(config);
    }

    /** For tests outside OSGi: master data, as the reference would bind it. */
    void bind(CustomerService customers) {
        this.customers = customers;
    }

    @Override
    public Ageing ageing(LocalDate asOf) {
        AgeingBuckets buckets = settings.ageing();
        // money counts once verified by the end of the as-of day in the business zone
        Instant until = asOf.plusDays(1).atStartOfDay(clock.zone()).toInstant();
        List<Ageing.OpenInvoice> open = db.tx(em -> {
            List<InvoiceEntity> invoices = FinanceQueries.invoicesIssuedBy(em, asOf);
            Map<String, BigDecimal> paid = FinanceQueries.verifiedAllocations(em, until);
            Map<String, BigDecimal> credited = CreditNoteQueries.creditedBy(em, asOf, until);
            Map<String, BigDecimal> owed = Receivables.open(invoices.stream().map(i -> new Receivables.Invoiced(
                    i.number(), i.orderNumber(), i.issuedOn(), i.total(), paid.getOrDefault(i.number(),
                    BigDecimal.ZERO).add(credited.getOrDefault(i.number(), BigDecimal.ZERO)))).toList(), paid);
            // of the per-document sums, the orders' are their own money
            List<Ageing.OpenInvoice> result = new ArrayList<>();
            for (InvoiceEntity invoice : invoices) {
                BigDecimal left = owed.get(invoice.number());
                if (left.signum() > 0) {
                    result.add(new Ageing.OpenInvoice(invoice.number(), invoice.orderNumber(), invoice.customerId(),
                            invoice.currency(), invoice.dueOn(), Math.max(0, ChronoUnit.DAYS.between(invoice.dueOn(),
                            asOf)), buckets.of(invoice.dueOn(), asOf).label(), left.setScale(
                            CurrencyRules.scale(invoice.currency()))));
                }
            }
            return result;
        });
        List<Ageing.Bucket> totals = buckets.buckets().stream().map(bucket -> {
            Map<String, BigDecimal> byCurrency = new TreeMap<>();
            open.stream().filter(i -> i.bucket().equals(bucket.label()))
                    .forEach(i -> byCurrency.merge(i.currency(), i.open(), BigDecimal::add));
            return new Ageing.Bucket(bucket.label(), bucket.fromDays(), bucket.toDays(), byCurrency.entrySet()
                    .stream().map(e -> new Ageing.Amount(e.getKey(), e.getValue())).toList());
        }).toList();
        return new Ageing(asOf, totals, open);
    }

    @Override
    public List<Overdue> overdue(LocalDate asOf) {
        CustomerService master = customers;
        return ageing(asOf).invoices().stream().filter(i -> i.daysOverdue() > 0)
                .sorted(Comparator.comparing(Ageing.OpenInvoice::daysOverdue).reversed()
                        .thenComparing(Ageing.OpenInvoice::number))
                .map(i -> {
                    Optional<Customer> customer = master == null ? Optional.empty() : master.find(i.customerId());
                    return new Overdue(i, customer.map(Customer::name).orElse(null),
                            customer.map(Customer::contact).orElse(null));
                }).toList();
    }
}
