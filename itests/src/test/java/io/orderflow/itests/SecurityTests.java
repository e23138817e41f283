package io.orderflow.itests;

import static io.orderflow.itests.Asserts.assertContains;
import static io.orderflow.itests.Asserts.assertNotContains;
import static io.orderflow.itests.SalesOrders.ORDERS;
import static io.orderflow.itests.SalesOrders.pw;
import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * The regression suite of the hostile test (issue "Security hardening"): each finding of a fresh distribution, as
 * an attacker would try it over REST, the shell, etc/ files and JMX, refused now. SSH, file modes, HTTPS and password
 * hashes on disk are tried against the forked distribution in {@link DistributionIT}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SecurityTests extends SalesOrderFlowTest {

    private static final Map<String, String> NONE = Map.of();

    /** Every test here calls from 127.0.0.1: the address lockout (unit-tested) must not make them depend on order. */
    @Configuration
    @Override
    public Option[] config() {
        return SalesContainerIT.options();
    }

    private Http.Reply postOrder(byte[] body, String contentType) {
        return http.send("POST", ORDERS, contentType, body, false, "ann", pw("ann"), NONE);
    }

    private static String order(String customerPo) {
        return Http.json(Orders.ledLamps(customerPo));
    }

    private long ordersWithPo(String like) {
        return new Db(dataSource).count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER WHERE CUSTOMER_PO LIKE ?", like);
    }

    /** Finding 6: control characters, bidi overrides and half surrogates were stored in single-line fields. */
    @Test
    public void controlBidiAndHalfSurrogateCharactersAreRefusedAndNothingIsStored() {
        for (String po : List.of("PO-HOSTILE-\u0000", "PO-HOSTILE-\u001b[2J", "PO-HOSTILE-\r\nX", "PO-HOSTILE-\u202Eexe",
                "PO-HOSTILE-\u0085")) {
            Http.Reply refused = postOrder(order(po).getBytes(StandardCharsets.UTF_8), "application/json");
            assertEquals(refused.body(), 400, refused.status());
            assertEquals("customerPo", refused.json().at("/problems/0/field").asText());
        }
        // a lone surrogate written as a JSON escape: Jackson reads it, the check refuses it
        Http.Reply half = postOrder(order("PO-HOSTILE-HALF").replace("PO-HOSTILE-HALF", "PO-HOSTILE-\\ud800")
                .getBytes(StandardCharsets.UTF_8), "application/json");
        assertEquals(half.body(), 400, half.status());
        assertContains(half.json().at("/problems/0/problem").asText(), "half of a surrogate pair");
        assertEquals(0, ordersWithPo("PO-HOSTILE-%"));
    }

    /** Finding 6: overlong UTF-8 read as '/', duplicate keys (last wins), a declared charset ignored, no limits. */
    @Test
    public void malformedBodiesAreRefusedBeforeAnythingIsStored() {
        byte[] overlong = order("PO-OVERLONG-X").replace("X", "\u0001").getBytes(StandardCharsets.UTF_8);
        int at = new String(overlong, StandardCharsets.ISO_8859_1).indexOf('\u0001');
        overlong[at] = (byte) 0xC0;
        byte[] withOverlong = new byte[overlong.length + 1];
        System.arraycopy(overlong, 0, withOverlong, 0, at + 1);
        withOverlong[at + 1] = (byte) 0xAF; // C0 AF: '/' written overlong
        System.arraycopy(overlong, at + 1, withOverlong, at + 2, overlong.length - at - 1);
        Http.Reply refused = postOrder(withOverlong, "application/json");
        assertEquals(refused.body(), 400, refused.status());
        assertContains(refused.body(), "is not valid UTF-8");

        String duplicate = order("PO-DUPLICATE-1").replaceFirst("\\{", "{\"customerId\":\"CUST-B\",");
        Http.Reply twice = postOrder(duplicate.getBytes(StandardCharsets.UTF_8), "application/json");
        assertEquals(twice.body(), 400, twice.status());
        assertContains(twice.body(), "Duplicate field 'customerId'");

        Http.Reply latin1 = postOrder(order("PO-LATIN1-1").getBytes(StandardCharsets.ISO_8859_1),
                "application/json; charset=ISO-8859-1");
        assertEquals(latin1.body(), 415, latin1.status());

        String deep = "[".repeat(40) + "]".repeat(40);
        Http.Reply tooDeep = postOrder(order("PO-DEEP-1").replace("\"4000K\"", deep).getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertEquals(tooDeep.body(), 400, tooDeep.status());

        byte[] big = new byte[2 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertEquals(413, postOrder(big, "application/json").status());
        assertEquals("also when streamed without a length", 413,
                http.send("POST", ORDERS, "application/json", big, true, "ann", pw("ann"), NONE).status());

        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE o [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><o>&x;</o>";
        Http.Reply xml = postOrder(xxe.getBytes(StandardCharsets.UTF_8), "application/xml");
        assertEquals("XML is not read at all", 415, xml.status());
        assertNotContains(xml.body(), "root:");

        assertEquals(400, http.get(ORDERS + "?status=%00", "ann", pw("ann")).status());
        assertEquals(400, http.get(ORDERS + "/SO%C0%AF", "ann", pw("ann")).status());
        assertEquals(0, ordersWithPo("PO-OVERLONG%") + ordersWithPo("PO-DUPLICATE%") + ordersWithPo("PO-LATIN1%")
                + ordersWithPo("PO-DEEP%"));
    }

    /** Remarks, reasons and notes may run over several lines; escape sequences are refused there too. */
    @Test
    public void freeTextFieldsTakeLineBreaksButNoOtherControlCharacters() {
        String first = orders.create("ann", Orders.ledLamps("PO-FREETEXT-1")).get("number").asText();
        String second = orders.create("ann", Orders.ledLamps("PO-FREETEXT-2")).get("number").asText();
        Http.Reply escape = orders.decide("sam", second, "REJECT", "sales-assistant", "no\u001b[2J");
        assertEquals(escape.body(), 400, escape.status());
        assertEquals("remark", escape.json().at("/problems/0/field").asText());
        Http.Reply lines = orders.decide("sam", first, "REJECT", "sales-assistant", "two problems:\n- price\n- date");
        assertEquals(lines.body(), 200, lines.status());
        assertEquals("REJECTED", lines.json().get("status").asText());
        assertEquals("PENDING_CONFIRMATION", orders.get(second).get("status").asText());
    }

    /** Finding 7: CSV exports carried live spreadsheet formulas typed by customers. */
    @Test
    public void csvExportsShowFormulasAsText() {
        Map<String, Object> hostile = Orders.ledLamps("=HYPERLINK(\"http://evil.example\",\"open\")");
        hostile.put("lines", List.of(Map.of("productCode", "LED-LAMP", "specification", "@SUM(1+1)", "quantity", 5,
                "unitPrice", Map.of("amount", "25.00", "currency", "CNY"))));
        String number = orders.create("ann", hostile).get("number").asText();
        Http.Reply archive = http.get("/sales-order/archive/" + java.time.YearMonth.now(), "text/csv", "carol",
                pw("carol"));
        assertEquals(archive.body(), 200, archive.status());
        String row = archive.body().lines().filter(l -> l.contains(number)).findFirst().orElseThrow();
        assertContains(row, "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"open\"\")\"");
        assertContains(row, ",'@SUM(1+1),");
        assertContains(row, ",25.00,CNY,125.00");
    }

    /** Finding 7: CSRF surface, Location from Host, the public service list, missing cache and sniffing headers. */
    @Test
    public void theWebSurfaceRefusesForeignPagesAndKeepsItsOwnAddress() throws Exception {
        String number = orders.create("ann", Orders.ledLamps("PO-WEB-1")).get("number").asText();
        String hold = ORDERS + "/" + number + "/hold";
        byte[] reason = "{\"reason\":\"checking\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals(415, http.send("POST", ORDERS + "/" + number + "/release", "text/plain", "x".getBytes(), false,
                "mia", pw("mia"), NONE).status());
        assertEquals(415, http.send("POST", ORDERS + "/" + number + "/release", "application/x-www-form-urlencoded",
                "a=b".getBytes(), false, "mia", pw("mia"), NONE).status());
        Http.Reply foreign = http.send("POST", hold, "application/json", reason, false, "mia", pw("mia"),
                Map.of("Origin", "http://evil.example"));
        assertEquals(foreign.body(), 403, foreign.status());
        assertEquals("PENDING_CONFIRMATION", orders.get(number).get("status").asText());
        Http.Reply own = http.send("POST", hold, "application/json", reason, false, "mia", pw("mia"),
                Map.of("Origin", "http://localhost:" + OrderflowKaraf.httpPort()));
        assertEquals(own.body(), 200, own.status());

        String location = rawCreate("evil.example:666").lines().filter(l -> l.regionMatches(true, 0, "Location:", 0, 9))
                .findFirst().orElseThrow();
        assertContains(location, "http://127.0.0.1:" + OrderflowKaraf.httpPort() + "/api/sales-order/orders/SO-");
        assertNotContains(location, "evil.example");

        Http.Reply list = http.get("/", null, null);
        assertEquals(404, list.status());
        assertNotContains(list.body(), "sales-order");
        for (Http.Reply reply : List.of(http.get(ORDERS + "/" + number, "ann", pw("ann")), http.get(ORDERS, null, null))) {
            assertEquals("no-store", reply.raw().headers().firstValue("Cache-Control").orElse(""));
            assertEquals("nosniff", reply.raw().headers().firstValue("X-Content-Type-Options").orElse(""));
        }
    }

    /** An order created over a raw socket, with a Host header of the caller's choosing; the answer's head. */
    private String rawCreate(String host) throws Exception {
        byte[] body = order("PO-HOST-1").getBytes(StandardCharsets.UTF_8);
        String auth = java.util.Base64.getEncoder().encodeToString(("ann:" + pw("ann")).getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket("127.0.0.1", OrderflowKaraf.httpPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api" + ORDERS + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Basic " + auth
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            String text = answer.toString(StandardCharsets.UTF_8);
            assertContains(text.lines().findFirst().orElse(""), " 201 ");
            return text.substring(0, text.indexOf("\r\n\r\n"));
        }
    }

    /** Finding 4: configuration was accepted unchecked, from REST, the shell and etc/ files alike. */
    @Test
    public void badConfigurationIsRefusedFromRestShellAndFiles() throws Exception {
        String admin = SalesOrders.adminPassword();
        Http.Reply etc = http.patch("/platform/config/orderflow.routes.edi.gateway", Http.configChange("{\"baseDirectory\":\"/etc\"}"), "admin", admin);
        assertEquals(etc.body(), 400, etc.status());
        assertEquals("baseDirectory", etc.json().at("/problems/0/field").asText());
        assertContains(etc.json().at("/problems/0/problem").asText(), "/etc is outside the folders Orderflow may write in");
        Http.Reply unknownPid = http.patch("/platform/config/orderflow.nonsense", Http.configChange("{\"a\":\"b\"}"), "admin", admin);
        assertEquals(unknownPid.body(), 400, unknownPid.status());
        assertEquals("pid", unknownPid.json().at("/problems/0/field").asText());
        Http.Reply unknownKey = http.patch("/platform/config/orderflow.routes.edi.gateway", Http.configChange("{\"baseDir\":\"x\"}"), "admin", admin);
        assertEquals(400, unknownKey.status());
        assertContains(unknownKey.body(), "is not a setting of orderflow.routes.edi.gateway");
        assertEquals(400, http.patch("/platform/config/orderflow.routes.edi.gateway", Http.configChange("{\"maxAttempts\":\"0\"}"), "admin",
                admin).status());
        Http.Reply target = http.patch("/platform/config/orderflow.platform.login", Http.configChange("{\"audit.target\":\"(x=1)\"}"),
                "admin", admin);
        assertEquals("a reference target could take the logins down", 400, target.status());
        Http.Reply roots = http.patch("/platform/config/orderflow.platform.paths", Http.configChange("{\"writableRoots\":\"/\"}"), "admin",
                admin);
        assertEquals(roots.body(), 400, roots.status());
        assertContains(roots.body(), "is changed only in its etc/ file");
        Http.Reply newline = http.patch("/platform/config/orderflow.routes.edi.partner~demo", Http.configChange("{\"customer\":\"CUST-E\\nx = y\"}"),
                "admin", admin);
        assertEquals(newline.body(), 400, newline.status());
        assertThrows(Exception.class, () -> shell().run("admin", admin,
                "orderflow:config-set orderflow.routes.edi.gateway baseDirectory /etc"));
        assertEquals(403, http.get("/platform/config/orderflow.routes.edi.gateway", "ivy", pw("ivy")).status());
        assertEquals(403, http.patch("/platform/config/orderflow.routes.edi.gateway", Http.configChange("{\"pollDelayMillis\":\"500\"}"), "ivy",
                pw("ivy")).status());
        assertFalse(Files.exists(Path.of("/etc/demo")));

        // an etc/ file with a path outside the data folder: refused, audited, the gateway keeps its folders
        Path outside = Path.of(System.getProperty("java.io.tmpdir"), "orderflow-hostile-edi");
        Path file = Path.of(System.getProperty("karaf.etc"), "orderflow.routes.edi.gateway.cfg");
        Files.writeString(file, "baseDirectory = " + outside + "\n");
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/platform/audit?subject=orderflow.routes.edi.gateway",
                    "carol", pw("carol")).body().contains("CONFIG_REFUSED"));
            JsonNode refusal = http.get("/platform/audit?subject=orderflow.routes.edi.gateway", "carol", pw("carol")).json();
            assertContains(refusal.toString(), "baseDirectory");
            EdiFiles demo = new EdiFiles("demo");
            demo.drop("after-refusal.x12", EdiTests.x12("000009001", "DEMOPARTNER", "ORDERFLOW", 9001,
                    EdiTests.x12Order("0001", "SEC-PO-9001", "PO1*1*1*EA*25**VP*LED-LAMP~")));
            await().atMost(Duration.ofSeconds(60)).until(() -> demo.names("processed").stream()
                    .anyMatch(n -> n.endsWith("after-refusal.x12")));
            assertFalse("no folder was made outside", Files.exists(outside));
        } finally {
            Files.delete(file);
        }
    }

    /** Finding 5: no lockout or delay, failed logins not recorded, successful ones logged on every call. */
    @Test
    public void failedLoginsAreDelayedLockedOutAndRecorded() throws Exception {
        long started = System.nanoTime();
        Http.Reply wrong = http.get(ORDERS, "lou", "wrong");
        assertEquals(401, wrong.status());
        assertTrue("a wrong password waits", System.nanoTime() - started >= Duration.ofMillis(900).toNanos());
        for (int i = 0; i < 4; i++) {
            assertEquals(401, http.get(ORDERS, "lou", "wrong-" + i).status());
        }
        Http.Reply locked = http.get("/platform/audit?limit=1", "lou", pw("lou"));
        assertEquals("the right password is refused while locked", 401, locked.status());
        assertContains(locked.body(), "too many failed logins");

        JsonNode trail = http.get("/platform/audit?subject=login&limit=500", "carol", pw("carol")).json();
        long failures = 0;
        for (JsonNode entry : trail) {
            if (entry.get("action").asText().equals("LOGIN_FAILED") && entry.get("actor").asText().equals("lou")) {
                failures++;
                assertContains(entry.get("details").asText(), "channel REST from 127.0.0.1");
            }
        }
        assertEquals(5, failures);
        long carolLogins = 0;
        for (JsonNode entry : trail) {
            carolLogins += entry.get("action").asText().equals("LOGIN") && entry.get("actor").asText().equals("carol")
                    ? 1 : 0;
        }
        assertEquals("one record per user, address and hour, not per call", 1, carolLogins);
        String securityLog = Files.readString(Path.of(System.getProperty("karaf.data"), "log", "security.log"));
        assertContains(securityLog, "LOGIN_FAILED user=lou address=127.0.0.1 channel=REST");
        assertContains(securityLog, "user-locked");
        String karafLog = Files.readString(Path.of(System.getProperty("karaf.data"), "log", "karaf.log"));
        assertNotContains(karafLog, "Unsupported callback type");
    }

    /** A changed password or a removed user is refused at once, whatever was verified before. */
    @Test
    public void aChangeOfUsersEndsRememberedLoginsAtOnce() throws Exception {
        String admin = SalesOrders.adminPassword();
        shell().run("admin", admin, "jaas:realm-manage --realm karaf; jaas:user-add zoe zoe-first;"
                + " jaas:role-add zoe auditor; jaas:update");
        await().atMost(Duration.ofSeconds(10)).until(() -> http.get("/platform/audit?limit=1", "zoe", "zoe-first")
                .status() == 200);
        assertEquals(200, http.get("/platform/audit?limit=1", "zoe", "zoe-first").status());
        shell().run("admin", admin, "jaas:realm-manage --realm karaf; jaas:user-add zoe zoe-second; jaas:update");
        assertEquals(401, http.get("/platform/audit?limit=1", "zoe", "zoe-first").status());
        assertEquals(200, http.get("/platform/audit?limit=1", "zoe", "zoe-second").status());
        shell().run("admin", admin, "jaas:realm-manage --realm karaf; jaas:user-delete zoe; jaas:update");
        assertEquals(401, http.get("/platform/audit?limit=1", "zoe", "zoe-second").status());
    }

    /**
     * Finding 6: the shell printed raw escape sequences from stored text to the operator. Text stored before the
     * input checks (here an audit entry written past them) is shown escaped.
     */
    @Test
    public void theShellShowsStoredControlCharactersEscaped() throws Exception {
        new Db(dataSource).update("INSERT INTO PLATFORM.AUDIT_ENTRY (OCCURRED_AT, ACTOR, ACTION, SUBJECT, REASON)"
                + " VALUES (CURRENT_TIMESTAMP, 'old-import', 'ORDER_NOTE', 'SHELL-ESCAPE-TEST', ?)", "warm\u001b[2J\u0007");
        String shown = shell().run("carol", pw("carol"), "orderflow:audit --subject SHELL-ESCAPE-TEST");
        assertContains(shown, "warm\\u001b[2J\\u0007");
        assertFalse(shown.contains("\u001b") || shown.contains("\u0007"));
    }

    /** Finding 8 (second half): admin administers; it decides no business step unless configured to. */
    @Test
    public void adminDecidesNoBusinessStepUnlessConfigured() throws Exception {
        String admin = SalesOrders.adminPassword();
        Http.Reply approval = http.post("/production/schedule/approval", "{\"remark\":\"as admin\"}", "admin", admin);
        assertEquals(approval.body(), 403, approval.status());
        assertContains(approval.body(), "takes the role production-vp");
        String receipt = "{\"type\":\"RECEIPT\",\"warehouse\":\"WH-SOUTH\",\"product\":\"LED-LAMP\","
                + "\"quantity\":1,\"reference\":\"ADMIN-1\"}";
        Http.Reply move = http.post("/warehouse/moves", receipt, "admin", admin);
        assertEquals(move.body(), 403, move.status());
        assertContains(move.body(), "moving stock takes the role warehouse");
        String number = orders.create("ann", Orders.ledLamps("PO-ADMIN-HOLD")).get("number").asText();
        Http.Reply hold = http.post(ORDERS + "/" + number + "/hold", "{\"reason\":\"as admin\"}", "admin", admin);
        assertEquals(hold.body(), 403, hold.status());
        assertEquals("PENDING_CONFIRMATION", orders.get(number).get("status").asText());
        orders.configure("orderflow.platform.security", Map.of("adminActsInBusinessRoles", "true"));
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> http.post("/production/schedule/approval",
                    "{\"remark\":\"as admin\"}", "admin", admin).status() != 403);
            assertEquals(201, http.post("/warehouse/moves", receipt, "admin", admin).status());
        } finally {
            orders.configure("orderflow.platform.security", Map.of("adminActsInBusinessRoles", "false"));
        }
    }

    /** Reliability: staff without admin get no bundle, feature, configuration or JAAS commands, and no JMX control. */
    @Test
    public void staffGetNoBundleFeatureConfigOrJmxControl() throws Exception {
        for (String command : List.of("bundle:list", "feature:install webconsole", "config:list", "jaas:realm-list",
                "system:shutdown -f", "bundle:stop 0")) {
            Exception refused = assertThrows(command, Exception.class, () -> shell().run("ann", pw("ann"), command));
            assertContains(refused.getMessage(), "Command not found");
        }
        // Pax Exam gives the container RMI ports of its own choosing
        java.util.Properties management = new java.util.Properties();
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("karaf.etc"),
                "org.apache.karaf.management.cfg"))) {
            management.load(in);
        }
        JMXServiceURL url = new JMXServiceURL("service:jmx:rmi://127.0.0.1:" + management.getProperty("rmiServerPort")
                + "/jndi/rmi://127.0.0.1:" + management.getProperty("rmiRegistryPort") + "/karaf-"
                + System.getProperty("karaf.name"));
        Map<String, Object> env = new HashMap<>();
        env.put(JMXConnector.CREDENTIALS, new String[] {"ann", pw("ann")});
        try (JMXConnector connector = JMXConnectorFactory.connect(url, env)) {
            MBeanServerConnection jmx = connector.getMBeanServerConnection();
            assertThrows(SecurityException.class, () -> jmx.invoke(new ObjectName("org.apache.karaf:type=bundle,name=root"),
                    "stop", new Object[] {"0"}, new String[] {String.class.getName()}));
            ObjectName edi = jmx.queryNames(new ObjectName("org.apache.camel:type=context,*"), null).stream()
                    .filter(n -> n.toString().contains("orderflow-edi")).findFirst().orElseThrow();
            assertThrows(SecurityException.class, () -> jmx.invoke(edi, "suspend", new Object[0], new String[0]));
        }
        assertEquals(200, http.get("/platform/health", null, null).status());
    }
}
