package io.orderflow.finance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.finance.api.Invoice;
import io.orderflow.finance.api.PaymentDraft;
import io.orderflow.finance.api.PaymentMethod;
import io.orderflow.finance.api.Posting;
import io.orderflow.finance.api.PostingState;
import io.orderflow.finance.api.event.InvoiceIssued;
import io.orderflow.finance.api.event.PaymentVerified;
import io.orderflow.finance.internal.jpa.InvoiceEntity;
import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.CustomerService;
import io.orderflow.masterdata.api.Product;
import io.orderflow.masterdata.api.ProductService;
import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.DepartmentUnavailableException;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.internal.event.AppliedEventsImpl;
import io.orderflow.platform.testkit.InMemoryDepartment;
import io.orderflow.platform.testkit.MasterDataStandIns;
import io.orderflow.platform.testkit.RecordCodec;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Postings on an in-memory Derby with the shipped migrations: finance's documents become balanced journal entries
 * once each, a mapping without an account gives a rejected posting on the work list, and a finance user sends it
 * again as the document's next version once the mapping names the account.
 */
class PostingsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Clock DAY = Clock.fixed(LocalDate.parse("2026-03-02").atTime(10, 0).atZone(SHANGHAI)
            .toInstant(), SHANGHAI);
    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    private static final Actor FRED = new Actor("fred", Set.of(Roles.FINANCE));
    private static final Actor FIONA = new Actor("fiona", Set.of(Roles.FINANCE));
    private static final String INVOICE = "INV-2026-000001";
    private static final String[] CHART = {"RECEIVABLE=1122", "RECEIVABLE.PROJECT=1122.02", "REVENUE=6001",
        "REVENUE.REDUCED=6001.09", "FREIGHT=6051", "TAX=2221", "TAX.REDUCED=2221.09", "BANK=1002"};

    private static final ProductService PRODUCTS = MasterDataStandIns.products(product("LED-LAMP", "STANDARD"),
            product("MANUAL", "REDUCED"));
    /** CUST-A in no group; a hotel group whose receivable has its own account; a shop whose group has none. */
    private static final CustomerService CUSTOMERS = MasterDataStandIns.customers(customer("CUST-A", null),
            customer("CUST-H", "PROJECT"), customer("CUST-S", "RETAIL"));

    private final InMemoryDepartment derby = new InMemoryDepartment("orderflow-finance");
    private final RecordCodec codec = new RecordCodec();
    private final PaymentServiceImpl payments = new PaymentServiceImpl(derby.jpa(), derby.migrations(),
            derby.transactions(), derby.outbox(), derby.auditTrail(), derby.sequences(), () -> DAY);
    /** The service's own builder, with every account mapped; master data bound only where a test says so. */
    private final PostingBuilder serviceBuilder = new PostingBuilder(() -> DAY, TestSettings.accounts(CHART));
    private final PostingServiceImpl postings = new PostingServiceImpl(derby.jpa(), derby.migrations(),
            derby.transactions(), derby.auditTrail(), () -> DAY, serviceBuilder);

    @AfterEach
    void dropDatabase() {
        derby.close();
    }

    private PostingWriter writer(String... accounts) {
        PostingBuilder builder = new PostingBuilder(() -> DAY, TestSettings.accounts(accounts));
        builder.bind(PRODUCTS, CUSTOMERS);
        return new PostingWriter(derby.jpa(), derby.migrations(), derby.transactions(),
                new AppliedEventsImpl(derby.dataSource(), derby.transactions()), () -> DAY, codec, builder);
    }

    private static Product product(String code, String taxClass) {
        return new Product(code, code, "pcs", Money.of("1.00", "CNY"), 3, false, taxClass);
    }

    private static Customer customer(String id, String group) {
        return new Customer(id, id, "SOUTH", null, null, Money.of("100000", "CNY"), "NET30", null, null, group);
    }

    /** INV-2026-000001 of SO-1: 10 lamps (net 250.00, tax 32.50), 2 manuals (net 20.00, tax 1.80), freight 15.00. */
    private void invoiced(PostingWriter writer) {
        Invoice invoice = new Invoice(INVOICE, "SO-1", "SH-1", "CUST-A", "PO-1", "CNY", "NET30", TODAY,
                TODAY.plusDays(30), List.of(
                new Invoice.Line(1, "LED-LAMP", null, BigDecimal.TEN, "pcs", new BigDecimal("25.00"),
                        new BigDecimal("250.00"), new BigDecimal("0.13"), new BigDecimal("32.50")),
                new Invoice.Line(2, "MANUAL", null, new BigDecimal("2"), "pcs", new BigDecimal("10.00"),
                        new BigDecimal("20.00"), new BigDecimal("0.09"), new BigDecimal("1.80"))),
                new BigDecimal("15.00"), new BigDecimal("285.00"), new BigDecimal("34.30"), new BigDecimal("319.30"));
        derby.jpa().tx(em -> em.persist(new InvoiceEntity(invoice)));
        apply(writer, "SO-1", new InvoiceIssued(INVOICE, "CUST-A", "PO-1", "SH-1", TODAY, TODAY.plusDays(30),
                "NET30", "CNY", List.of(), invoice.freight(), null, invoice.net(), invoice.tax(), invoice.total()));
    }

    private void apply(PostingWriter writer, String aggregate, EventPayload payload) {
        writer.onEvent(codec.toEvent(aggregate, DAY.instant(), payload));
    }

    private static List<String> lines(Posting posting) {
        return posting.lines().stream().map(l -> l.account() + (l.debit().signum() != 0 ? " Dr "
                + l.debit().toPlainString() : " Cr " + l.credit().toPlainString())).toList();
    }

    @Test
    void anIssuedInvoiceIsPostedOnceAsABalancedEntryPerTaxClassWaitingToBeSent() {
        PostingWriter writer = writer(CHART);
        invoiced(writer);
        Posting posting = postings.posting(INVOICE + "~1").orElseThrow();
        assertEquals(PostingState.PENDING, posting.state());
        assertEquals(List.of("1122 Dr 319.30", "6001.09 Cr 20.00", "6001 Cr 250.00", "6051 Cr 15.00",
                "2221.09 Cr 1.80", "2221 Cr 32.50"), lines(posting));
        assertEquals(List.of("CUST-A", "CNY", TODAY), List.of(posting.customerId(), posting.currency(),
                posting.postedOn()));
        assertEquals(List.of(posting), postings.postings(PostingState.PENDING, 10));
    }

    @Test
    void aPaymentAnnouncedVerifiedTwiceIsOnePostingAndAnUnmappedAccountIsOnTheWorkListUntilResent() {
        PostingWriter writer = writer("RECEIVABLE=1122");
        String id = payments.record(new PaymentDraft("CUST-A", new BigDecimal("100.00"), "CNY", PaymentMethod.CASH,
                null, TODAY, List.of()), FRED).id();
        payments.verify(id, FIONA);
        // verified, then (as when its credit on account is allocated later) announced verified again
        derby.events().forEach(e -> apply(writer, id, e));
        derby.events().stream().filter(PaymentVerified.class::isInstance).forEach(e -> apply(writer, id, e));
        assertEquals(1, postings.postings(null, 10).size());

        Posting rejected = postings.posting(id + "~1").orElseThrow();
        assertEquals(PostingState.REJECTED, rejected.state());
        assertEquals(List.of(), rejected.lines());
        assertTrue(rejected.message().contains("no account for BANK (CASH)"), rejected.message());
        assertEquals(List.of(rejected), postings.postings(PostingState.REJECTED, 10), "the work list");
        assertThrows(DepartmentUnavailableException.class, () -> postings.resend(id + "~1", FRED),
                "without master data the customer's group is not known");
        serviceBuilder.bind(PRODUCTS, CUSTOMERS);
        Posting resent = postings.resend(id + "~1", FRED);
        assertEquals(List.of("1002 Dr 100.00", "1122 Cr 100.00"), lines(resent), "cash to the bank's account");
        assertEquals(List.of(resent), postings.postings(PostingState.PENDING, 10));
    }

    @Test
    void aPaymentIsCreditedToTheReceivableOfTheCustomersGroupWhereTheMappingNamesOneAndToThePlainOneOtherwise() {
        PostingWriter writer = writer(CHART);
        List<String> ids = Stream.of("CUST-H", "CUST-S", "CUST-A").map(customer -> {
            String id = payments.record(new PaymentDraft(customer, new BigDecimal("100.00"), "CNY",
                    PaymentMethod.BANK_TRANSFER, "REF-" + customer, TODAY, List.of()), FRED).id();
            payments.verify(id, FIONA);
            return id;
        }).toList();
        derby.events().forEach(e -> apply(writer, "payments", e));

        assertEquals(List.of(List.of("1002 Dr 100.00", "1122.02 Cr 100.00"), List.of("1002 Dr 100.00",
                "1122 Cr 100.00"), List.of("1002 Dr 100.00", "1122 Cr 100.00")), ids.stream().map(id ->
                lines(postings.posting(id + "~1").orElseThrow())).toList(), "PROJECT's own; RETAIL's and no group plain");
    }

    @Test
    void aRejectedPostingIsSentAgainAsTheNextVersionOnlyByFinanceAndOnlyOnce() {
        PostingWriter writer = writer("RECEIVABLE=1122", "REVENUE=6001", "FREIGHT=6051");
        invoiced(writer);
        Posting rejected = postings.posting(INVOICE + "~1").orElseThrow();
        assertTrue(rejected.message().contains("no account for TAX (REDUCED)"), rejected.message());

        assertThrows(DepartmentUnavailableException.class, () -> postings.resend(rejected.key(), FRED),
                "without master data no tax class is known, and nothing is posted on a guess");
        serviceBuilder.bind(PRODUCTS, CUSTOMERS);
        Posting resent = postings.resend(rejected.key(), FRED);
        assertEquals(INVOICE + "~2", resent.key());
        assertEquals(PostingState.PENDING, resent.state(), "the service's mapping names every account");
        assertEquals(6, resent.lines().size());
        assertThrows(ConflictException.class, () -> postings.resend(rejected.key(), FIONA), "sent again once");
        assertThrows(ConflictException.class, () -> postings.resend(resent.key(), FIONA), "only a rejected one");
        assertThrows(NotFoundException.class, () -> postings.resend("INV-1999-000001~1", FRED));
        assertEquals(List.of("POSTING_RESENT"), derby.audit().stream().map(a -> a.action()).toList());
    }

    @Test
    void theErpRouteMovesAPostingOnlyAlongItsStatesAndNeverSendsOneInDoubtBlindly() {
        invoiced(writer(CHART));
        String key = INVOICE + "~1";
        assertEquals(List.of(key), postings.pending(10).stream().map(Posting::key).toList());
        assertThrows(ConflictException.class, () -> postings.confirmed(key, "JE-1"), "not sent yet");
        postings.sending(key);
        assertEquals(List.of(), postings.pending(10));
        postings.unknown(key, "read timed out after sending");
        assertEquals(List.of(key), postings.inDoubt(10).stream().map(Posting::key).toList(), "looked up first");
        assertThrows(ConflictException.class, () -> postings.sending(key), "never sent again while in doubt");
        postings.notFound(key);
        postings.sending(key);
        postings.confirmed(key, "JE-2026-42");
        Posting confirmed = postings.posting(key).orElseThrow();
        assertEquals(List.of(PostingState.CONFIRMED, "JE-2026-42"), List.of(confirmed.state(),
                confirmed.erpReference()));
        assertEquals(List.of(), postings.inDoubt(10));
        assertThrows(NotFoundException.class, () -> postings.sending("INV-1999-000001~1"));
    }
}
