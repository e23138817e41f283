package io.orderflow.finance.internal;

import io.orderflow.finance.internal.domain.AccountMap;
import io.orderflow.finance.internal.domain.CurrencyRules;
import io.orderflow.finance.internal.domain.JournalEntries;
import io.orderflow.finance.internal.domain.JournalEntries.Line;
import io.orderflow.finance.internal.domain.JournalEntries.MissingAccount;
import io.orderflow.finance.api.ExpenseClaim;
import io.orderflow.finance.internal.jpa.CreditNoteEntity;
import io.orderflow.finance.internal.jpa.ExpenseClaimEntity;
import io.orderflow.finance.internal.jpa.InvoiceEntity;
import io.orderflow.finance.internal.jpa.PaymentEntity;
import io.orderflow.finance.internal.jpa.PostingEntity;
import io.orderflow.finance.internal.jpa.PostingLineEmbeddable;
import io.orderflow.finance.internal.jpa.RefundEntity;
import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.CustomerService;
import io.orderflow.masterdata.api.Product;
import io.orderflow.masterdata.api.ProductService;
import io.orderflow.platform.api.error.DepartmentUnavailableException;
import io.orderflow.platform.api.time.BusinessClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * A document's posting, built in the caller's transaction from what finance keeps of the document and the account
 * mapping as it is now ({@value PostingSettings#PID}). A mapping that names no account for what the document needs
 * gives a REJECTED posting with the reason, for the finance work list: the document itself never waits for the ledger.
 * A service of this bundle only, shared by the postings' writer and their service.
 */
@Component(service = PostingBuilder.class, configurationPid = PostingSettings.PID)
public final class PostingBuilder {

    static final String INVOICE = "INVOICE";
    static final String CREDIT_NOTE = "CREDIT_NOTE";
    static final String PAYMENT = "PAYMENT";
    static final String REFUND = "REFUND";
    static final String EXPENSE_CLAIM = "EXPENSE_CLAIM";

    /** Master data's products (null while away): the tax class of each line. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ProductService products;
    /** Master data's customers (null while away): the customer group each receivable is posted by. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CustomerService customers;
    private volatile AccountMap accounts;

    private final BusinessClock clock;

    @Activate
    public PostingBuilder(@Reference BusinessClock clock, PostingSettings.Config config) {
        this.clock = clock;
        modified(config);
    }

    @Modified
    void modified(PostingSettings.Config config) {
        accounts = PostingSettings.of(config);
    }

    /** For the tests, which run without a framework. */
    void bind(ProductService products, CustomerService customers) {
        this.products = products;
        this.customers = customers;
    }

    /**
     * @throws DepartmentUnavailableException when a customer's document needs master data (the tax classes, the
     *                                        customer group) and it is away
     */
    PostingEntity build(EntityManager em, String documentType, String document, int version, Instant now) {
        AccountMap accounts = this.accounts;
        Source source = source(em, documentType, document);
        String rejection = null;
        List<PostingLineEmbeddable> lines = new ArrayList<>();
        try {
            List<Line> entry = source.entry().apply(accounts);
            for (int i = 0; i < entry.size(); i++) {
                Line line = entry.get(i);
                lines.add(new PostingLineEmbeddable(i + 1, line.account(), line.debit(), line.credit(), line.memo()));
            }
        } catch (MissingAccount missing) {
            rejection = missing.getMessage();
        }
        return new PostingEntity(documentType, document, version, source.customerId(), source.currency(),
                source.postedOn(), lines, rejection, now);
    }

    /** What a posting needs of its document, the entry still to be built with the mapping. */
    private record Source(String customerId, String currency, LocalDate postedOn,
                          Function<AccountMap, List<Line>> entry) {
    }

    private Source source(EntityManager em, String documentType, String document) {
        switch (documentType) {
            case INVOICE -> {
                InvoiceEntity invoice = found(em.find(InvoiceEntity.class, document), document);
                var record = invoice.toInvoice(CurrencyRules.scale(invoice.currency()));
                Function<String, String> taxClasses = taxClasses();
                String group = customerGroup(invoice.customerId());
                return new Source(invoice.customerId(), invoice.currency(), invoice.issuedOn(),
                        accounts -> JournalEntries.invoice(record, taxClasses, group, accounts));
            }
            case CREDIT_NOTE -> {
                CreditNoteEntity note = found(em.find(CreditNoteEntity.class, document), document);
                var record = note.toCreditNote(CurrencyRules.scale(note.currency()), BigDecimal.ZERO, BigDecimal.ZERO);
                Function<String, String> taxClasses = taxClasses();
                String group = customerGroup(note.customerId());
                return new Source(note.customerId(), note.currency(), note.issuedOn(),
                        accounts -> JournalEntries.creditNote(record, taxClasses, group, accounts));
            }
            case PAYMENT -> {
                PaymentEntity payment = found(em.find(PaymentEntity.class, document), document);
                BigDecimal amount = CurrencyRules.entered(payment.amount().stripTrailingZeros(), payment.currency());
                String group = customerGroup(payment.customerId());
                return new Source(payment.customerId(), payment.currency(), payment.receivedOn(),
                        accounts -> JournalEntries.payment(payment.id(), payment.customerId(), payment.method(), amount,
                                group, accounts));
            }
            case REFUND -> {
                var refund = found(em.find(RefundEntity.class, document), document).toRefund();
                String group = customerGroup(refund.customerId());
                return new Source(refund.customerId(), refund.currency(), refund.paidOn(),
                        accounts -> JournalEntries.refund(refund, group, accounts));
            }
            case EXPENSE_CLAIM -> {
                ExpenseClaimEntity entity = found(em.find(ExpenseClaimEntity.class, document), document);
                ExpenseClaim claim = entity.toClaim(CurrencyRules.scale(entity.currency()), false, List.of());
                Instant approvedAt = claim.decisions().get(claim.decisions().size() - 1).at();
                return new Source(null, claim.currency(), clock.dateOf(approvedAt),
                        accounts -> JournalEntries.expenseClaim(claim, accounts));
            }
            default -> throw new IllegalArgumentException("no posting for a " + documentType);
        }
    }

    /** Each product's tax class as master data has it now; {@code STANDARD} for none. */
    private Function<String, String> taxClasses() {
        ProductService service = DepartmentUnavailableException.require(products, "master data");
        return code -> service.find(code).map(Product::taxClass).orElse("STANDARD");
    }

    /** The customer's group as master data has it now; null for none, or for a customer master data lacks. */
    private String customerGroup(String customerId) {
        CustomerService service = DepartmentUnavailableException.require(customers, "master data");
        return service.find(customerId).map(Customer::customerGroup).orElse(null);
    }

    private static <T> T found(T document, String number) {
        if (document == null) {
            throw new IllegalStateException("finance keeps no document " + number);
        }
        return document;
    }
}
