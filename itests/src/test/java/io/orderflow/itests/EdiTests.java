package io.orderflow.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The EDI gateway in the real distribution: partners' files dropped into their folders become sales orders and
 * acknowledgements; bad files are rejected with a reason and, where they can be addressed, a negative acknowledgement.
 * The demo partner (X12, CUST-E) ships with the assembly; an EDIFACT partner is added here.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class EdiTests extends EdiFlowTest {

    @Inject
    private BundleContext bundleContext;

    private final EdiFiles demo = new EdiFiles("demo");
    private final EdiFiles eu = new EdiFiles("eu");

    @Before
    public void partnersReady() {
        awaitFolders(demo, eu);
    }

    @Test
    public void an850BecomesOrdersAndA997AcceptsOneSetAndRejectsTheOther() {
        demo.drop("po-3001.x12", x12("000003001", "DEMOPARTNER", "ORDERFLOW", 3001,
                x12Order("0001", "EDI-PO-3001", "PO1*1*10*EA*25**VP*LED-LAMP~", "PO1*2*5*EA***VP*DESK-LAMP~"),
                x12Order("0002", "EDI-PO-3002", "PO1*1*3*EA*10**VP*NO-SUCH-LAMP~")));

        await().atMost(FILE_TAKEN).until(() -> demo.names("processed").stream().anyMatch(n -> n.endsWith("po-3001.x12")));
        List<String> ack = EdiFiles.segments(demo.find("out", "AK1*PO*3001~"));
        assertTrue(ack.toString(), ack.containsAll(List.of("AK1*PO*3001", "AK2*850*0001", "AK5*A", "AK2*850*0002",
                "AK3*PO1*6**8", "AK4*7**7", "AK5*R*5", "AK9*P*2*2*1")));
        assertTrue(ack.get(0), ack.get(0).contains("*ZZ*ORDERFLOW      *ZZ*DEMOPARTNER    *"));
        String reason = demo.read("processed", "po-3001.x12.reason.txt");
        assertTrue(reason, reason.contains("850 0002: PO1 at segment 6, element 7"));

        JsonNode order = orders.get(orderOf("EDI-PO-3001"));
        assertEquals("EDI", order.get("channel").asText());
        assertEquals("CUST-E", order.get("customerId").asText());
        assertEquals("60.00", order.get("lines").get(1).get("unitPrice").get("amount").asText());
        List<String> flags = new ArrayList<>();
        order.get("flags").forEach(flag -> flags.add(flag.get("code").asText()));
        assertTrue(flags.toString(), flags.contains("FILLED_FROM_MASTER_DATA"));
        assertEquals(0, new Db(dataSource).count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER WHERE CUSTOMER_PO = ?",
                "EDI-PO-3002"));

        // the people who watch partners follow it over REST, down to the bytes that came and went
        JsonNode interchange = null;
        for (JsonNode i : http.get("/edi/interchanges?partner=demo&direction=IN", "ivy", "ivypw").json()) {
            if (i.get("controlNumber").asText().equals("000003001")) {
                interchange = i;
            }
        }
        assertTrue("the interchange is listed", interchange != null);
        assertEquals("ACKNOWLEDGED", interchange.get("state").asText());
        assertEquals(2, interchange.get("sets").asInt());
        assertEquals(1, interchange.get("acceptedSets").asInt());
        assertEquals(orderOf("EDI-PO-3001"), interchange.get("orders").get(0).asText());
        Http.Reply raw = http.get("/edi/documents/" + interchange.get("documentId").asLong() + "/raw",
                "application/octet-stream", "ivy", "ivypw");
        assertEquals(200, raw.status());
        assertTrue(raw.body(), raw.body().startsWith("ISA*00*") && raw.body().contains("BEG*00*SA*EDI-PO-3002"));
        assertContains(http.get("/edi/documents/" + interchange.get("acknowledgementId").asLong() + "/raw",
                "application/octet-stream", "ivy", "ivypw").body(), "AK1*PO*3001~");
        assertEquals("a sales rep does not watch partners", 403, http.get("/edi/interchanges", "ann", "annpw").status());
    }

    @Test
    public void aFileThatIsNotEdiIsRejectedWithAReasonAndNothingElse() throws Exception {
        int acksBefore = demo.names("out").size();
        demo.drop("hello.txt", "HELLO, THIS IS NOT AN ORDER");

        await().atMost(FILE_TAKEN).until(() -> demo.names("rejected").stream().anyMatch(n -> n.endsWith("hello.txt")));
        assertContains(demo.read("rejected", "hello.txt.reason.txt"), "does not start with an X12");
        assertEquals(acksBefore, demo.names("out").size());
        JsonNode counts = http.get("/edi/counts", "ivy", "ivypw").json();
        assertTrue(counts.toString(), counts.get(0).get("partner").asText().equals("demo")
                && counts.get(0).get("rejected").asLong() >= 1);
        assertContains(shell().run("ivy", "ivypw", "edi:interchanges --partner demo"), "PARTNER");
        assertContains(shell().run("ivy", "ivypw", "edi:counts"), "demo");
    }

    @Test
    public void anInterchangeForSomeoneElseIsRejectedWithATa1AndCreatesNoOrder() {
        demo.drop("misrouted.x12", x12("000003101", "DEMOPARTNER", "NOTUS", 3101,
                x12Order("0001", "EDI-PO-3101", "PO1*1*1*EA*25**VP*LED-LAMP~")));

        await().atMost(FILE_TAKEN).until(() -> demo.names("rejected").stream().anyMatch(n -> n.endsWith("misrouted.x12")));
        assertContains(demo.read("rejected", "misrouted.x12.reason.txt"), "the receiver ZZ/NOTUS is not us");
        demo.find("out", "TA1*000003101*261122*0930*R*008~");
        assertEquals(0, new Db(dataSource).count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER WHERE CUSTOMER_PO = ?",
                "EDI-PO-3101"));
    }

    @Test
    public void anInterchangeSentAgainIsRejectedByTheDemoPartnersPolicyAndCreatesNothingTwice() {
        String interchange = x12("000003201", "DEMOPARTNER", "ORDERFLOW", 3201,
                x12Order("0001", "EDI-PO-3201", "PO1*1*2*EA*25**VP*LED-LAMP~"));
        demo.drop("first.x12", interchange);
        await().atMost(FILE_TAKEN).until(() -> demo.names("processed").stream().anyMatch(n -> n.endsWith("first.x12")));
        demo.drop("again.x12", interchange);

        await().atMost(FILE_TAKEN).until(() -> demo.names("rejected").stream().anyMatch(n -> n.endsWith("again.x12")));
        assertContains(demo.read("rejected", "again.x12.reason.txt"), "was received before");
        assertEquals(1, new Db(dataSource).count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER WHERE CUSTOMER_PO = ?",
                "EDI-PO-3201"));
        assertEquals(1, new Db(dataSource).count("SELECT DUPLICATES FROM EDI.INTERCHANGE WHERE PARTNER = 'demo'"
                + " AND CONTROL_NO = '000003201'"));
    }

    @Test
    public void anInterchangeRepeatedInsideOneFileMeetsTheDuplicatePolicyToo() {
        String interchange = x12("000003501", "DEMOPARTNER", "ORDERFLOW", 3501,
                x12Order("0001", "EDI-PO-3501", "PO1*1*2*EA*25**VP*LED-LAMP~"));
        demo.drop("twice.x12", interchange + interchange);

        await().atMost(FILE_TAKEN).until(() -> demo.names("processed").stream().anyMatch(n -> n.endsWith("twice.x12")));
        assertContains(demo.read("processed", "twice.x12.reason.txt"), "interchange 000003501 was received before");
        assertEquals(1, new Db(dataSource).count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER WHERE CUSTOMER_PO = ?",
                "EDI-PO-3501"));
        assertEquals(1, demo.count("out", "AK1*PO*3501~"));
    }

    @Test
    public void aFileAboveTheSizeLimitIsRejectedUnread() {
        demo.drop("huge.x12", x12("000003401", "DEMOPARTNER", "ORDERFLOW", 3401,
                x12Order("0001", "EDI-PO-3401", "PO1*1*1*EA*25**VP*LED-LAMP~" + "N9*ZZ*PADDING~".repeat(2000))));

        await().atMost(FILE_TAKEN).until(() -> demo.names("rejected").stream().anyMatch(n -> n.endsWith("huge.x12")));
        assertContains(demo.read("rejected", "huge.x12.reason.txt"), "more than the limit of 20000");
        assertEquals(0, new Db(dataSource).count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER WHERE CUSTOMER_PO = ?",
                "EDI-PO-3401"));
    }

    @Test
    public void anEdifactInterchangeSentAgainIsHeldInQuarantineByThePartnersPolicy() {
        String interchange = "UNB+UNOC:3+5412345000013:14+ORDERFLOW:14+261122:0930+EU80'"
                + "UNH+1+ORDERS:D:96A:UN'BGM+220+EU-PO-80+9'DTM+2:20270301:102'"
                + "NAD+DP+++EU STORE 6+RUE NEUVE 3+BRUXELLES++1000+BE'"
                + "LIN+1++LED-LAMP:SA'QTY+21:2'PRI+AAA:25'UNS+S'UNT+9+1'UNZ+1+EU80'";
        eu.drop("orders-80.edi", interchange);
        await().atMost(FILE_TAKEN).until(() -> eu.names("processed").stream().anyMatch(n -> n.endsWith("orders-80.edi")));
        eu.drop("orders-80-again.edi", interchange);

        await().atMost(FILE_TAKEN).until(() -> eu.names("quarantine").stream()
                .anyMatch(n -> n.endsWith("orders-80-again.edi")));
        assertContains(eu.read("quarantine", "orders-80-again.edi.reason.txt"), "held for a person to decide");
        assertEquals(1, new Db(dataSource).count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER WHERE CUSTOMER_PO = ?",
                "EU-PO-80"));
    }

    @Test
    public void anEdifactOrdersBecomesAnOrderAndAContrlAcknowledgesIt() {
        eu.drop("orders-77.edi", "UNA:+.? 'UNB+UNOC:3+5412345000013:14+ORDERFLOW:14+261122:0930+EU77'"
                + "UNH+1+ORDERS:D:96A:UN'BGM+220+EU-PO-77+9'DTM+2:20270301:102'"
                + "NAD+DP+++EU STORE 4+RUE NEUVE 1+BRUXELLES++1000+BE'"
                + "LIN+1++SMART-LAMP:SA'QTY+21:4'PRI+AAA:180'UNS+S'UNT+9+1'UNZ+1+EU77'");

        await().atMost(FILE_TAKEN).until(() -> eu.names("processed").stream().anyMatch(n -> n.endsWith("orders-77.edi")));
        eu.find("out", "UCI+EU77+5412345000013:14+ORDERFLOW:14+7'");
        JsonNode order = orders.get(orderOf("EU-PO-77"));
        assertEquals("CUST-C", order.get("customerId").asText());
        assertEquals("2027-03-01", order.get("requestedDelivery").asText());
    }

    @Test
    public void aConfirmedEdiOrderIsAnsweredWithAn855AndThePartners997IsMatched() {
        demo.drop("po-3301.x12", x12("000003301", "DEMOPARTNER", "ORDERFLOW", 3301,
                x12Order("0001", "EDI-PO-3301", "PO1*7*4*EA*25**VP*LED-LAMP~")));
        await().atMost(FILE_TAKEN).until(() -> demo.names("processed").stream().anyMatch(n -> n.endsWith("po-3301.x12")));
        String number = orderOf("EDI-PO-3301");
        String delivery = orders.get(number).get("requestedDelivery").asText().replace("-", "");

        // the review resolves what the gateway filled in from master data, as for any flagged order
        assertEquals(200, orders.decide("sam", number, "APPROVE", "sales-assistant", "the date from the lead time"
                + " suits the buyer; plain lamps").status());
        assertEquals(200, orders.decide("mia", number, "APPROVE", "sales-manager", "checked").status());

        await().atMost(FILE_TAKEN).until(() -> demo.count("out", "BAK*00*AD*EDI-PO-3301*") == 1);
        List<String> response = EdiFiles.segments(demo.find("out", "BAK*00*AD*EDI-PO-3301*"));
        assertTrue(response.toString(), response.containsAll(List.of("ST*855*0001", "DTM*067*" + delivery,
                "PO1*7*4*EA*25**VP*LED-LAMP", "ACK*IA*4*EA*067*" + delivery, "CTT*1")));
        assertTrue(response.toString(), response.stream().anyMatch(s -> s.startsWith("BAK*00*AD*EDI-PO-3301*")
                && s.endsWith("****" + number)));
        String group = response.stream().filter(s -> s.startsWith("GS*PR*ORDERFLOW*DEMOPARTNER*")).findFirst()
                .orElseThrow().split("\\*")[6];
        Db db = new Db(dataSource);
        assertEquals("SENT", db.text("SELECT STATE FROM EDI.INTERCHANGE WHERE PARTNER = 'demo' AND DIRECTION = 'OUT'"
                + " AND CONTROL_NO = ?", group));

        demo.drop("997-for-" + group + ".x12", x12Group("FA", "000003302", "DEMOPARTNER", "ORDERFLOW", 3302,
                "ST*997*0001~AK1*PR*" + group + "~AK2*855*0001~AK5*A~AK9*A*1*1*1~SE*6*0001~"));
        await().atMost(FILE_TAKEN).until(() -> "ACCEPTED".equals(db.text("SELECT STATE FROM EDI.INTERCHANGE"
                + " WHERE PARTNER = 'demo' AND DIRECTION = 'OUT' AND CONTROL_NO = ?", group)));
        assertEquals("no 997 answers a 997", 0, demo.count("out", "AK1*FA*3302"));
    }

    @Test
    public void aRejectedEdiOrderIsAnsweredWithAnOrdrspAndThePartnersContrlIsMatched() {
        eu.drop("orders-78.edi", "UNB+UNOC:3+5412345000013:14+ORDERFLOW:14+261122:0930+EU78'"
                + "UNH+1+ORDERS:D:96A:UN'BGM+220+EU-PO-78+9'DTM+2:20270301:102'"
                + "NAD+DP+++EU STORE 5+RUE NEUVE 2+BRUXELLES++1000+BE'"
                + "LIN+10++LED-PANEL:SA'QTY+21:6'PRI+AAA:95'UNS+S'UNT+9+1'UNZ+1+EU78'");
        await().atMost(FILE_TAKEN).until(() -> eu.names("processed").stream().anyMatch(n -> n.endsWith("orders-78.edi")));
        String number = orderOf("EU-PO-78");

        assertEquals(200, orders.decide("sam", number, "REJECT", "sales-assistant", "discontinued in Belgium")
                .status());

        await().atMost(FILE_TAKEN).until(() -> eu.count("out", "BGM+231+" + number + "+27'") == 1);
        String response = eu.find("out", "BGM+231+" + number + "+27'");
        assertContains(response, "RFF+ON:EU-PO-78'");
        assertContains(response, "LIN+10+7+LED-PANEL:SA'");
        String reference = response.replaceAll("(?s).*UNB\\+UNOC:3\\+ORDERFLOW:14\\+5412345000013:14\\+[0-9:]+\\+([0-9]+)'.*",
                "$1");
        eu.drop("contrl-" + reference + ".edi", "UNB+UNOC:3+5412345000013:14+ORDERFLOW:14+261122:0931+EU79'"
                + "UNH+1+CONTRL:D:3:UN'UCI+" + reference + "+ORDERFLOW:14+5412345000013:14+7'UNT+3+1'UNZ+1+EU79'");
        Db db = new Db(dataSource);
        await().atMost(FILE_TAKEN).until(() -> "ACCEPTED".equals(db.text("SELECT STATE FROM EDI.INTERCHANGE"
                + " WHERE PARTNER = 'eu' AND DIRECTION = 'OUT' AND CONTROL_NO = ?", reference)));
    }

    /**
     * Hostile test findings: a link to /etc/passwd became a document served by REST; a dangling link, a link to a
     * folder and a name that is not UTF-8 stayed in in/ for ever. Whatever is not a regular file with a safe name now
     * moves to rejected/ as it is (a link stays a link, never read) with its reason.
     */
    @Test
    public void linksFoldersAndUnsafeNamesEndInRejectedUnreadWithTheirReason() throws Exception {
        Path in = demo.folder("in");
        Files.createSymbolicLink(in.resolve("passwd.x12"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(in.resolve("dangling.x12"), in.resolve("no-such-file"));
        Files.createSymbolicLink(in.resolve("etc-folder"), Path.of("/etc"));
        Files.createDirectory(in.resolve("a-folder"));
        Files.writeString(in.resolve("semi;colon.x12"), "ISA*");
        // a name whose bytes are not UTF-8 (0xFF), made by the shell: Java cannot name such a file
        Process shell = new ProcessBuilder("sh", "-c", "printf 'ISA*' > \"$(printf 'latin1-\\377.x12')\"")
                .directory(in.toFile()).start();
        assertEquals(0, shell.waitFor());

        await().atMost(FILE_TAKEN).until(() -> demo.names("in").isEmpty());
        List<String> rejected = demo.names("rejected");
        assertContains(reasonOf(rejected, "passwd.x12"), "it is a symbolic link (to /etc/passwd); links are never followed");
        assertContains(reasonOf(rejected, "dangling.x12"), "it is a symbolic link");
        assertContains(reasonOf(rejected, "etc-folder"), "it is a symbolic link (to /etc)");
        assertContains(reasonOf(rejected, "a-folder"), "it is a folder; only files are taken");
        assertContains(reasonOf(rejected, "semi_colon.x12"), "its name is not safe");
        assertContains(reasonOf(rejected, "latin1-_.x12"), "its name is not");
        Path movedLink = demo.folder("rejected").resolve(rejected.stream().filter(n -> n.endsWith("-passwd.x12"))
                .findFirst().orElseThrow());
        assertTrue("the link itself moved, still a link", Files.isSymbolicLink(movedLink));
        assertTrue("what it points to is untouched", Files.isRegularFile(Path.of("/etc/passwd")));
        Db db = new Db(dataSource);
        assertEquals("nothing of /etc/passwd was read into the ledger", 0, db.count("SELECT COUNT(*) FROM EDI.DOCUMENT"
                + " WHERE NAME = 'passwd.x12' AND (CONTENT IS NOT NULL OR SIZE_BYTES > 0)"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM EDI.DOCUMENT WHERE NAME = 'passwd.x12' AND STATE = 'REJECTED'"));
    }

    private String reasonOf(List<String> rejected, String name) {
        String file = rejected.stream().filter(n -> n.endsWith("-" + name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in rejected/: " + rejected));
        return demo.read("rejected", file + ".reason.txt");
    }

    /**
     * Hostile test finding: a file whose handling failed was taken again every poll, for ever, without a reason file.
     * It now ends in rejected/ after the gateway's maxAttempts (5), with the failure as its reason; a database
     * trigger makes every attempt at this one file fail.
     */
    @Test
    public void aFileWhoseHandlingFailsEveryTimeEndsInRejectedAfterItsAttempts() {
        Db db = new Db(dataSource);
        // CURRENT_USER keeps Derby from evaluating the failing cast when the trigger is created
        db.update("CREATE TRIGGER EDI.POISON_FOR_TEST AFTER INSERT ON EDI.DOCUMENT REFERENCING NEW AS N"
                + " FOR EACH ROW WHEN (N.NAME = 'poison.x12') VALUES CAST(CURRENT_USER || ': poison' AS INT)");
        try {
            demo.drop("poison.x12", x12("000003601", "DEMOPARTNER", "ORDERFLOW", 3601,
                    x12Order("0001", "EDI-PO-3601", "PO1*1*2*EA*25**VP*LED-LAMP~")));
            await().atMost(FILE_TAKEN).until(() -> demo.names("rejected").stream().anyMatch(n -> n.endsWith("poison.x12")));
        } finally {
            db.update("DROP TRIGGER EDI.POISON_FOR_TEST");
        }
        assertContains(demo.read("rejected", "poison.x12.reason.txt"), "handling the file failed 5 times; the last"
                + " failure:");
        assertFalse(demo.names("in").contains("poison.x12"));
        assertEquals(0, db.count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER WHERE CUSTOMER_PO = 'EDI-PO-3601'"));
    }

    /**
     * Hostile test finding: a rejection reason larger than its column failed the file on every poll. The ledger keeps
     * the first 4000 characters and the count of the rest; the reason file beside the file keeps it whole.
     */
    @Test
    public void aLongReasonIsCutInTheLedgerAndKeptWholeBesideTheFile() {
        String[] lines = java.util.stream.IntStream.rangeClosed(1, 400)
                .mapToObj(i -> "PO1*" + i + "*1*EA*10**VP*NO-SUCH-LAMP-" + i + "~").toArray(String[]::new);
        demo.drop("many-errors.x12", x12("000003701", "DEMOPARTNER", "ORDERFLOW", 3701,
                x12Order("0001", "EDI-PO-3701", lines)));

        await().atMost(FILE_TAKEN).until(() -> demo.names("rejected").stream().anyMatch(n -> n.endsWith("many-errors.x12"))
                || demo.names("processed").stream().anyMatch(n -> n.endsWith("many-errors.x12")));
        String whole = demo.names("rejected").stream().anyMatch(n -> n.endsWith("many-errors.x12.reason.txt"))
                ? demo.read("rejected", "many-errors.x12.reason.txt") : demo.read("processed", "many-errors.x12.reason.txt");
        String kept = new Db(dataSource).text("SELECT CAST(REASON AS VARCHAR(8000)) FROM EDI.DOCUMENT"
                + " WHERE NAME = 'many-errors.x12'");
        assertTrue(whole.length() + " characters", whole.length() > 4000);
        assertTrue(kept.length() + " characters kept", kept.length() < 4200);
        assertContains(kept, "more characters: the whole reason is in the file's .reason.txt");
    }

    /**
     * A department being away is not the file's failure: while sales is stopped, a partner's file waits in in/ (one
     * warning says why) and is taken once sales is back.
     */
    @Test
    public void whileSalesIsAwayFilesWaitAndAreTakenWhenItIsBack() throws Exception {
        Bundle sales = Arrays.stream(bundleContext.getBundles())
                .filter(b -> b.getSymbolicName().equals("io.orderflow.salesorder.impl")).findFirst().orElseThrow();
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        long warningsBefore = Files.readAllLines(log).stream().filter(l -> l.contains("Sales is away")).count();
        sales.stop();
        try {
            demo.drop("while-away.x12", x12("000003801", "DEMOPARTNER", "ORDERFLOW", 3801,
                    x12Order("0001", "EDI-PO-3801", "PO1*1*2*EA*25**VP*LED-LAMP~")));
            // for ten looks into the folder (300 ms apart) it stays there, untouched
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() ->
                    demo.names("in").contains("while-away.x12")
                            && demo.names("rejected").stream().noneMatch(n -> n.endsWith("while-away.x12")));
            assertEquals("one warning", warningsBefore + 1,
                    Files.readAllLines(log).stream().filter(l -> l.contains("Sales is away")).count());
        } finally {
            sales.start();
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> demo.names("processed").stream()
                .anyMatch(n -> n.endsWith("while-away.x12")));
        healthy();
        assertEquals(1, new Db(dataSource).count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER WHERE CUSTOMER_PO = ?",
                "EDI-PO-3801"));
    }


    private String orderOf(String customerPo) {
        return new Db(dataSource).text("SELECT ORDER_NO FROM EDI.ORDER_LINK WHERE CUSTOMER_PO = ?", customerPo);
    }

    /** An X12 004010 interchange with one PO group. */
    static String x12(String controlNumber, String sender, String receiver, int group, String... sets) {
        return x12Group("PO", controlNumber, sender, receiver, group, sets);
    }

    /** An X12 004010 interchange with one group of the given functional id. */
    static String x12Group(String functionalId, String controlNumber, String sender, String receiver, int group,
                           String... sets) {
        return "ISA*00*          *00*          *ZZ*" + String.format("%-15s", sender) + "*ZZ*"
                + String.format("%-15s", receiver) + "*261122*0930*U*00401*" + controlNumber + "*0*P*>~"
                + "GS*" + functionalId + "*" + sender + "*" + receiver + "*20261122*0930*" + group + "*X*004010~"
                + String.join("", sets) + "GE*" + sets.length + "*" + group + "~IEA*1*" + controlNumber + "~\n";
    }

    /** An 850 shipped to one store, with the given PO1 lines (each ending with ~). */
    static String x12Order(String control, String po, String... lines) {
        return "ST*850*" + control + "~BEG*00*SA*" + po + "**20261122~N1*ST*EASTERN RETAIL STORE 12~"
                + "N3*88 NANJING ROAD~N4*SHANGHAI**200001*CN~" + String.join("", lines) + "CTT*" + lines.length
                + "~SE*" + (lines.length + 7) + "*" + control + "~";
    }
}
