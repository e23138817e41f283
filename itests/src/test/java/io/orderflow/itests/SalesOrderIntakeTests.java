package io.orderflow.itests;

import static io.orderflow.itests.Asserts.assertContains;
import static io.orderflow.itests.Asserts.assertNotContains;
import static io.orderflow.itests.SalesOrders.ORDERS;
import static io.orderflow.itests.SalesOrders.pw;
import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.salesorder.api.Channel;
import io.orderflow.salesorder.api.ExternalOrder;
import io.orderflow.salesorder.api.IntakeResult;
import io.orderflow.salesorder.api.InterchangeIntake;
import io.orderflow.salesorder.api.OrderDraft;
import io.orderflow.salesorder.api.SalesOrderService;
import io.orderflow.salesorder.api.event.OrderReceived;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** Sales-order intake end to end in the real distribution: HTTP on loopback, JAAS, Derby, the shell. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SalesOrderIntakeTests extends SalesOrderFlowTest {

    @Configuration
    @Override
    public Option[] config() {
        return SalesContainerIT.options();
    }

    @Inject
    private SalesOrderService orderService;

    @Inject
    private EventOutbox outbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private BundleContext context;

    private Http.Reply create(Map<String, Object> order, String user) {
        return http.post(ORDERS, Http.json(order), user, pw(user));
    }

    private long count(String sql, Object... params) {
        return new Db(dataSource).count(sql, params);
    }

    /**
     * Customers and products that an older version kept in the sales schema are handed to master data once, when the
     * new sales bundle starts: they read the same there, orders read the same, and a second start hands nothing over
     * again.
     */
    @Test
    public void customersAndProductsOfTheSalesSchemaAreHandedToMasterDataOnce() throws Exception {
        JsonNode order = orders.create("ann", Orders.ledLamps("PO-HANDOVER-1"));
        Db db = new Db(dataSource);
        // what the sales schema held before master data had its own bundle, and no handover recorded yet
        db.update("INSERT INTO SALES_ORDER.CUSTOMER (ID, NAME, REGION, CONTACT_NAME, CONTACT_PHONE, CONTACT_EMAIL,"
                + " CREDIT_LIMIT, CREDIT_CURRENCY, PAYMENT_TERMS) VALUES ('CUST-OLD', 'Old Lights Ltd', 'CENTRAL',"
                + " 'Qian Bo', '+86 27 5555 0000', 'qian.bo@old.example', 75000.0000, 'CNY', 'NET45')");
        db.update("INSERT INTO SALES_ORDER.PRODUCT (CODE, NAME, UNIT, LIST_PRICE, CURRENCY, MIN_LEAD_TIME_DAYS,"
                + " CUSTOM_ALLOWED) VALUES ('OLD-LAMP', 'Old lamp', 'PCS', 12.5000, 'CNY', 6, TRUE)");
        db.update("DELETE FROM SALES_ORDER.MASTER_DATA_HANDOVER");
        restartSales();

        JsonNode customer = http.get("/master-data/customers/CUST-OLD", "bob", pw("bob")).json();
        assertEquals("Old Lights Ltd", customer.get("name").asText());
        assertEquals("CENTRAL", customer.get("region").asText());
        assertEquals("75000.00", customer.at("/creditLimit/amount").asText());
        assertEquals("qian.bo@old.example", customer.at("/contact/email").asText());
        assertEquals("ON_SHIPMENT", customer.get("invoiceTrigger").asText());
        assertEquals(200, http.get("/master-data/regions/CENTRAL", "bob", pw("bob")).status());
        JsonNode product = http.get("/master-data/products/OLD-LAMP", "bob", pw("bob")).json();
        assertEquals("12.50", product.at("/listPrice/amount").asText());
        assertEquals("STANDARD", product.get("taxClass").asText());
        assertEquals(order, orders.get(order.get("number").asText()));
        assertEquals(1, db.count("SELECT COUNT(*) FROM SALES_ORDER.MASTER_DATA_HANDOVER"));

        Map<String, Object> renamed = new LinkedHashMap<>(Map.of("id", "CUST-OLD", "name", "Old Lights Group",
                "region", "CENTRAL", "creditLimit", Map.of("amount", "75000.00", "currency", "CNY"),
                "paymentTerms", "NET45"));
        assertEquals(200, http.post("/master-data/customers", Http.json(renamed), "mia", pw("mia")).status());
        restartSales();
        assertEquals("handed over once only", "Old Lights Group",
                http.get("/master-data/customers/CUST-OLD", "bob", pw("bob")).json().get("name").asText());
    }

    private void restartSales() throws Exception {
        Bundle sales = bundle("io.orderflow.salesorder.impl");
        sales.stop();
        sales.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> http.get("/platform/health", null, null).status() == 200);
    }

    @Test
    public void healthNeedsNoCredentialsAndGoesDownWhileADepartmentIsStopped() throws Exception {
        Http.Reply up = http.get("/platform/health", null, null);
        assertEquals(200, up.status());
        assertEquals("{\"status\":\"UP\"}", up.body());

        Bundle sales = bundle("io.orderflow.salesorder.impl");
        sales.stop();
        try {
            Http.Reply down = http.get("/platform/health", null, null);
            assertEquals(503, down.status());
            assertEquals("{\"status\":\"DOWN\"}", down.body());
        } finally {
            sales.start();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> http.get("/platform/health", null, null).status() == 200);
        assertEquals(200, http.get(ORDERS, "ann", pw("ann")).status());
    }

    @Test
    public void orderCreatedOverHttpIsReadBackByStaff() {
        Http.Reply created = create(Orders.ledLamps("PO-READ-1"), "ann");
        assertEquals(created.body(), 201, created.status());
        JsonNode order = created.json();
        String number = order.get("number").asText();
        assertTrue(number, number.matches("SO-\\d{4}-\\d{6}"));
        assertContains(created.raw().headers().firstValue("Location").orElseThrow(), ORDERS + "/" + number);
        assertEquals("PENDING_CONFIRMATION", order.get("status").asText());
        assertEquals("REST", order.get("channel").asText());
        assertEquals("ann", order.get("enteredBy").asText());
        assertEquals("2500.00", order.get("total").get("amount").asText());
        assertEquals("PCS", order.at("/lines/0/unit").asText());
        assertEquals(0, order.get("flags").size());
        Instant received = Instant.parse(order.get("receivedAt").asText());
        assertEquals(Duration.ofHours(2), Duration.between(received, Instant.parse(order.get("confirmationDueAt").asText())));

        Http.Reply read = http.get(ORDERS + "/" + number, "bob", pw("bob"));
        assertEquals(200, read.status());
        assertEquals(order, read.json());
        JsonNode page = http.get(ORDERS + "?customer=CUST-A&status=PENDING_CONFIRMATION&size=200", "bob", pw("bob")).json();
        assertTrue(page.get("items").findValuesAsText("number").contains(number));
        assertEquals(404, http.get(ORDERS + "/SO-1999-000001", "bob", pw("bob")).status());
    }

    @Test
    public void theSamePoRacingFromManyClientsMakesOneOrder() throws Exception {
        int threads = Integer.getInteger("orderflow.it.raceThreads", 8);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Http.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                replies.add(pool.submit((Callable<Http.Reply>) () -> {
                    start.await();
                    return create(Orders.ledLamps("PO-RACE-1"), "ann");
                }));
            }
            start.countDown();
            Map<Integer, Integer> statuses = new HashMap<>();
            Set<String> numbers = new HashSet<>();
            for (Future<Http.Reply> reply : replies) {
                Http.Reply r = reply.get();
                statuses.merge(r.status(), 1, Integer::sum);
                numbers.add(r.json().get("number").asText());
            }
            assertEquals(Map.of(201, 1, 200, threads - 1), statuses);
            assertEquals(1, numbers.size());
            String number = numbers.iterator().next();
            assertEquals(1, count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER WHERE CUSTOMER_PO = 'PO-RACE-1'"));
            assertEquals(1, count("SELECT COUNT(*) FROM PLATFORM.OUTBOX_EVENT WHERE AGGREGATE_ID = ?", number));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void anInvalidOrderGets400NamingEveryProblemAndSavesNothing() throws Exception {
        long orders = count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER");
        long events = count("SELECT COUNT(*) FROM PLATFORM.OUTBOX_EVENT");
        long audits = count("SELECT COUNT(*) FROM PLATFORM.AUDIT_ENTRY");
        Map<String, Object> bad = Orders.ledLamps(null);
        bad.remove("customerPo");
        bad.put("requestedDelivery", "2020-01-01");
        bad.put("paymentTerms", "NET");
        bad.put("lines", List.of(
                Map.of("productCode", "LED-LAMP", "quantity", 0, "unitPrice", Map.of("amount", "25.00", "currency", "EUR")),
                Map.of("productCode", "NO-SUCH-LAMP", "quantity", 5, "unitPrice", Map.of("amount", "x", "currency", "CNY"))));

        Http.Reply reply = create(bad, "ann");
        assertEquals(reply.body(), 400, reply.status());
        Map<String, String> problems = new HashMap<>();
        reply.json().get("problems").forEach(p -> problems.put(p.get("field").asText(), p.get("problem").asText()));
        assertEquals(problems.toString(), Set.of("customerPo", "requestedDelivery", "paymentTerms", "lines[0].quantity",
                "lines[0].unitPrice.currency", "lines[1].productCode", "lines[1].unitPrice.amount"), problems.keySet());
        assertContains(problems.get("lines[0].unitPrice.currency"), "CNY");

        assertEquals(orders, count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER"));
        assertEquals(events, count("SELECT COUNT(*) FROM PLATFORM.OUTBOX_EVENT"));
        assertEquals(audits, count("SELECT COUNT(*) FROM PLATFORM.AUDIT_ENTRY"));

        Http.Reply unknownField = http.post(ORDERS, "{\"customerId\":\"CUST-A\",\"colour\":\"red\"}", "ann", pw("ann"));
        assertEquals(400, unknownField.status());
        assertEquals("colour", unknownField.json().at("/problems/0/field").asText());
        assertEquals(400, http.post(ORDERS, "{\"customerId\":", "ann", pw("ann")).status());
    }

    @Test
    public void callsWithoutCredentialsOrWithTheWrongRoleAreRefused() throws Exception {
        Http.Reply anonymous = http.get(ORDERS, null, null);
        assertEquals(401, anonymous.status());
        assertContains(anonymous.raw().headers().firstValue("WWW-Authenticate").orElse(""), "Basic");
        assertEquals(401, http.get(ORDERS, "ann", "wrong").status());
        assertEquals(403, create(Orders.ledLamps("PO-ROLE-1"), "bob").status());
        assertEquals(0, count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER WHERE CUSTOMER_PO = 'PO-ROLE-1'"));
        assertEquals(403, http.get("/platform/audit", "ann", pw("ann")).status());
        assertEquals(403, http.post("/master-data/customers", "{}", "ann", pw("ann")).status());
        assertEquals(200, http.get("/platform/audit?limit=1", "carol", pw("carol")).status());
        // admin may call every endpoint
        assertEquals(201, http.post(ORDERS, Http.json(Orders.ledLamps("PO-ADMIN-1")), "admin", SalesOrders.adminPassword()).status());
    }

    @Test
    public void intakeRecordsAnAuditEntryAndAReceivedEvent() throws Exception {
        String number = create(Orders.ledLamps("PO-AUDIT-1"), "ann").json().get("number").asText();

        JsonNode entries = http.get("/platform/audit?subject=" + number, "carol", pw("carol")).json();
        assertEquals(1, entries.size());
        JsonNode entry = entries.get(0);
        assertEquals("ORDER_RECEIVED", entry.get("action").asText());
        assertEquals("ann", entry.get("actor").asText());
        assertEquals("sales-rep", entry.get("role").asText());
        assertContains(entry.get("details").asText(), "PO PO-AUDIT-1");

        assertEquals(1, count("SELECT COUNT(*) FROM PLATFORM.OUTBOX_EVENT WHERE AGGREGATE_ID = ? AND EVENT_TYPE = ?"
                + " AND PAYLOAD LIKE '%\"customerPo\":\"PO-AUDIT-1\"%'", number, OrderReceived.TYPE));
    }

    @Test
    public void aRolledBackChangeLeavesNoEventAndNoAuditEntry() throws Exception {
        String aggregate = "SO-ROLLBACK-1";
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            outbox.append(c, aggregate, Instant.now(), new OrderReceived("CUST-A", "PO-ROLLBACK-1", Channel.REST,
                    BigDecimal.ONE, "CNY", List.of(), List.of()));
            audit.record(c, new AuditRecord(Instant.now(), "ann", "sales-rep", "ORDER_RECEIVED", aggregate, null, null));
            assertEquals("visible inside the transaction", 1, countOn(c, "PLATFORM.OUTBOX_EVENT WHERE AGGREGATE_ID = ?", aggregate));
            c.rollback();
        }
        assertEquals(0, count("SELECT COUNT(*) FROM PLATFORM.OUTBOX_EVENT WHERE AGGREGATE_ID = ?", aggregate));
        assertEquals(0, count("SELECT COUNT(*) FROM PLATFORM.AUDIT_ENTRY WHERE SUBJECT = ?", aggregate));
    }

    private static long countOn(Connection c, String from, String param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + from)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    public void shellCommandsRunWithTheCallersRoles() throws Exception {
        Shell shell = shell();
        String created = shell.run("ann", pw("ann"), "sales-order:create --customer CUST-B --po PO-SHELL-1"
                + " --delivery " + java.time.LocalDate.now().plusDays(40) + " --line LED-PANEL:10:95.00:CNY"
                + " --line SMART-LAMP:5:170.00:CNY:RGB --street \"8 Changan Avenue\" --city Beijing");
        assertContains(created, "Created SO-");
        String number = created.substring(created.indexOf("SO-"), created.indexOf("SO-") + 14);

        String list = shell.run("bob", pw("bob"), "sales-order:list --customer CUST-B");
        assertContains(list, number);
        assertContains(list, "1800.00 CNY");
        String show = shell.run("bob", pw("bob"), "sales-order:show " + number);
        assertContains(show, "SMART-LAMP");
        assertContains(show, "PRICE_DEVIATES_FROM_LIST");
        assertContains(show, "via SHELL, entered by ann");

        Exception refused = assertThrows(Exception.class, () -> shell.run("bob", pw("bob"),
                "sales-order:create --customer CUST-B --po PO-SHELL-2 --delivery 2030-01-01"
                        + " --line LED-LAMP:1:25.00:CNY --street x --city y"));
        assertNotContains(refused.toString(), "Created");
        assertEquals(0, count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER WHERE CUSTOMER_PO = 'PO-SHELL-2'"));

        // master data files are taken all or nothing: one bad row and none is saved, every problem named
        String header = "code,name,unit,listPrice,currency,minLeadTimeDays,customAllowed\n";
        String good = "WALL-LAMP,\"Wall lamp, brass\",PCS,88.50,CNY,4,false\n";
        Files.writeString(Shell.exchangeFolder().resolve("products-bad.csv"), header + good
                + "bad code,Broken,PCS,abc,CNY,x,false\n");
        Exception refusedFile = assertThrows(Exception.class, () -> shell.run("mia", pw("mia"),
                "master-data:import products products-bad.csv"));
        assertContains(refusedFile.getMessage(), "row 3 code");
        assertContains(refusedFile.getMessage(), "row 3 minLeadTimeDays");
        assertEquals(404, http.get("/master-data/products/WALL-LAMP", "bob", pw("bob")).status());
        Files.writeString(Shell.exchangeFolder().resolve("products.csv"), header + good);
        assertContains(shell.run("mia", pw("mia"), "master-data:import products products.csv"), "1 products saved");
        assertEquals("Wall lamp, brass", http.get("/master-data/products/WALL-LAMP", "bob", pw("bob")).json().get("name").asText());
        assertThrows(Exception.class, () -> shell.run("ann", pw("ann"), "master-data:import products products.csv"));

        String trail = shell.run("carol", pw("carol"), "orderflow:audit --subject " + number);
        assertContains(trail, "ORDER_RECEIVED");
        assertContains(trail, "ann");
        assertThrows(Exception.class, () -> shell.run("ann", pw("ann"), "orderflow:audit"));
    }

    @Test
    public void masterDataIsReadByStaffAndWrittenBySalesManagers() {
        JsonNode customers = http.get("/master-data/customers", "bob", pw("bob")).json();
        // the demo's fourteen, CUST-A to CUST-N, in id order (another test of this class hands over one more)
        List<String> demoIds = new ArrayList<>();
        customers.forEach(c -> {
            if (c.get("id").asText().matches("CUST-[A-Z]")) {
                demoIds.add(c.get("id").asText());
            }
        });
        assertEquals(java.util.stream.IntStream.rangeClosed('A', 'N').mapToObj(c -> "CUST-" + (char) c).toList(), demoIds);
        JsonNode a = http.get("/master-data/customers/CUST-A", "bob", pw("bob")).json();
        assertEquals("SOUTH", a.get("region").asText());
        assertEquals("NET30", a.get("paymentTerms").asText());
        assertEquals("2000000.00", a.at("/creditLimit/amount").asText());
        assertEquals("CNY", a.at("/creditLimit/currency").asText());
        JsonNode led = http.get("/master-data/products/LED-LAMP", "bob", pw("bob")).json();
        assertEquals("25.00", led.at("/listPrice/amount").asText());
        assertEquals(3, led.get("minLeadTimeDays").asInt());
        assertTrue(http.get("/master-data/products/CRYSTAL-LAMP", "bob", pw("bob")).json().get("customAllowed").asBoolean());

        String customer = "{\"id\":\"CUST-Z\",\"name\":\"Zhuhai Lights\",\"region\":\"SOUTH\",\"contact\":{\"name\":\"Zed\"},"
                + "\"creditLimit\":{\"amount\":\"50000.00\",\"currency\":\"CNY\"},\"paymentTerms\":\"NET15\"}";
        assertEquals(403, http.post("/master-data/customers", customer, "ann", pw("ann")).status());
        assertEquals(201, http.post("/master-data/customers", customer, "mia", pw("mia")).status());
        assertEquals(200, http.post("/master-data/customers", customer, "mia", pw("mia")).status());
        Http.Reply invalid = http.post("/master-data/customers", "{\"id\":\"cust z\",\"paymentTerms\":\"SOON\"}", "mia", pw("mia"));
        assertEquals(400, invalid.status());
        assertEquals(Set.of("id", "name", "region", "creditLimit", "paymentTerms"),
                new HashSet<>(invalid.json().get("problems").findValuesAsText("field")));
    }

    @Test
    public void configurationChangesApplyAtRunTimeAndAreAuditedWithTheirSource() throws Exception {
        String pid = "orderflow.sales-order.intake";
        Path file = Path.of(System.getProperty("karaf.etc"), pid + ".cfg");
        try {
            Http.Reply patched = http.patch("/platform/config/" + pid, Http.configChange("{\"confirmationWindowMinutes\":\"90\"}"),
                    "admin", SalesOrders.adminPassword());
            assertEquals(patched.body(), 200, patched.status());
            // audited as it is made, with who, in which role and why
            String change = lastConfigChange(pid);
            assertTrue(change, change.startsWith("admin|confirmationWindowMinutes: ") && change.endsWith(" -> 90|set by"
                    + " an integration test"));
            JsonNode audited = lastAudit(pid);
            assertEquals("CONFIG_UPDATED", audited.get("action").asText());
            assertEquals("admin", audited.get("role").asText());
            Http.Reply noReason = http.patch("/platform/config/" + pid, "{\"settings\":{\"maxAttempts\":\"3\"}}",
                    "admin", SalesOrders.adminPassword());
            assertEquals(noReason.body(), 400, noReason.status());
            assertEquals(List.of("reason"), noReason.json().get("problems").findValuesAsText("field"));
            await().atMost(Duration.ofSeconds(30)).until(() -> confirmationWindow("PO-CFG-" + System.nanoTime()).toMinutes() == 90);

            Files.writeString(file, "confirmationWindowMinutes = 150\n");
            await().atMost(Duration.ofSeconds(30)).until(() -> lastConfigChange(pid).contains("file"));
            await().atMost(Duration.ofSeconds(30)).until(() -> confirmationWindow("PO-CFG-" + System.nanoTime()).toMinutes() == 150);
            assertContains(lastConfigChange(pid), "confirmationWindowMinutes: 90 -> 150");
            assertEquals(403, http.patch("/platform/config/" + pid, Http.configChange("{\"confirmationWindowMinutes\":\"1\"}"), "mia", pw("mia")).status());
            Http.Reply refused = http.patch("/platform/config/" + pid, Http.configChange("{\"maxAttempts\":\"0\",\"colour\":\"red\"}"),
                    "admin", SalesOrders.adminPassword());
            assertEquals(refused.body(), 400, refused.status());
            assertEquals(Set.of("maxAttempts", "colour"), new HashSet<>(refused.json().get("problems").findValuesAsText("field")));

            Http.Reply noZone = http.patch("/platform/config/orderflow.platform.time",
                    Http.configChange("{\"businessZone\":\"Mars/Olympus\"}"), "admin", SalesOrders.adminPassword());
            assertEquals(noZone.body(), 400, noZone.status());
            assertEquals(List.of("businessZone"), noZone.json().get("problems").findValuesAsText("field"));

            assertThrows(Exception.class, () -> shell().run("admin", SalesOrders.adminPassword(),
                    "orderflow:config-set " + pid + " maxAttempts 4"));
            shell().run("admin", SalesOrders.adminPassword(),
                    "orderflow:config-set --reason \"peak season\" " + pid + " maxAttempts 4");
            String shellChange = lastConfigChange(pid);
            assertTrue(shellChange, shellChange.startsWith("admin|maxAttempts: ") && shellChange.endsWith(" -> 4|peak season"));
        } finally {
            Files.deleteIfExists(file);
            await().atMost(Duration.ofSeconds(30)).until(() -> confirmationWindow("PO-CFG-" + System.nanoTime()).toMinutes() == 120);
        }
    }

    /** "actor|details|reason" of the newest configuration audit entry of the PID. */
    private String lastConfigChange(String pid) {
        JsonNode last = lastAudit(pid);
        return last == null ? "" : last.get("actor").asText() + "|" + last.get("details").asText() + "|"
                + last.get("reason").asText();
    }

    private JsonNode lastAudit(String pid) {
        JsonNode entries = http.get("/platform/audit?subject=" + pid, "carol", pw("carol")).json();
        return entries.size() == 0 ? null : entries.get(entries.size() - 1);
    }

    private Duration confirmationWindow(String po) {
        JsonNode order = create(Orders.ledLamps(po), "ann").json();
        return Duration.between(Instant.parse(order.get("receivedAt").asText()),
                Instant.parse(order.get("confirmationDueAt").asText()));
    }

    @Test
    public void theInitialAdminPasswordIsRandomHashedAndReadableByItsOwnerOnly() throws Exception {
        Path file = Path.of(System.getProperty("karaf.data"), "orderflow", "initial-admin-password");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String password = SalesOrders.adminPassword();
        assertTrue(password.length() >= 20);
        String users = Files.readString(Path.of(System.getProperty("karaf.etc"), "users.properties"));
        assertContains(users, "admin = {CRYPT}");
        assertNotContains(users, password);
        assertEquals(200, http.get("/platform/audit?limit=1", "admin", password).status());
        assertNotNull(orderService);
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    private static OrderDraft ediDraft(String po, String product, int quantity, String price) {
        return new OrderDraft("CUST-B", po, LocalDate.now().plusDays(40).toString(),
                new OrderDraft.AddressDraft("9 Chang'an Avenue", null, "Beijing", "100000", "CN"), "NET30", null, null,
                null, null, null, null, List.of(new OrderDraft.LineDraft(product, "4000K", BigDecimal.valueOf(quantity),
                new OrderDraft.MoneyDraft(price, "CNY"))));
    }

    @Test
    public void anInterchangesOrdersAreTakenOnceAndAllOrNothing() throws Exception {
        Actor gateway = new Actor("edi-gateway", Set.of(Roles.INTEGRATION));
        Db db = new Db(dataSource);
        long before = db.count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER");
        List<ExternalOrder> orders = List.of(new ExternalOrder("0001", ediDraft("PO-EDI-1", "LED-LAMP", 50, "25.00"), List.of()),
                new ExternalOrder("0002", ediDraft("PO-EDI-2", "DESK-LAMP", 20, "60.00"), List.of()));
        InterchangeIntake first = orderService.createInterchange("ACME", "000000101", orders, gateway);
        assertEquals(false, first.replayed());
        assertEquals(2, first.orders().size());
        assertTrue(first.orders().stream().allMatch(IntakeResult::created));
        assertEquals("EDI", first.orders().get(0).order().channel().name());
        assertEquals("PO-EDI-2", first.orders().get(1).order().customerPo());

        InterchangeIntake again = orderService.createInterchange("ACME", "000000101", orders, gateway);
        assertTrue("a re-run after a crash, or the same file again", again.replayed());
        assertEquals(first.orders().stream().map(r -> r.order().number()).toList(),
                again.orders().stream().map(r -> r.order().number()).toList());
        assertEquals(before + 2, db.count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER"));

        List<ExternalOrder> racing = List.of(new ExternalOrder("1", ediDraft("PO-EDI-3", "LED-LAMP", 10, "25.00"), List.of()));
        List<InterchangeIntake> raced = AtOnce.run(4, i -> orderService.createInterchange("ACME", "000000102", racing,
                gateway));
        assertEquals(1, raced.stream().map(r -> r.orders().get(0).order().number()).distinct().count());
        assertEquals(3, raced.stream().filter(InterchangeIntake::replayed).count());
        assertEquals(before + 3, db.count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER"));

        List<ExternalOrder> halfBad = List.of(new ExternalOrder("1", ediDraft("PO-EDI-4", "LED-LAMP", 10, "25.00"), List.of()),
                new ExternalOrder("2", ediDraft("PO-EDI-5", "NO-LAMP", 0, "25.00"), List.of()));
        ValidationException refused = assertThrows(ValidationException.class,
                () -> orderService.createInterchange("ACME", "000000103", halfBad, gateway));
        assertTrue(refused.problems().toString(), refused.problems().stream()
                .allMatch(p -> p.field().startsWith("orders[1].lines[0].")));
        assertEquals("nothing of a refused interchange is kept", before + 3,
                db.count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER"));
        assertEquals(0, db.count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER WHERE CUSTOMER_PO = 'PO-EDI-4'"));
        ValidationException twice = assertThrows(ValidationException.class, () -> orderService.createInterchange(
                "ACME", "000000104", List.of(racing.get(0), racing.get(0)), gateway));
        assertEquals("orders[1].transactionSet", twice.problems().get(0).field());
    }
}
