package io.orderflow.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.KarafDistributionOption;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The EDI gateway in the real distribution: partners' files dropped into their folders become sales orders and
 * acknowledgements; bad files are rejected with a reason and, where they can be addressed, a negative acknowledgement.
 * The demo partner (X12, CUST-E) ships with the assembly; an EDIFACT partner is added here.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EdiIT extends SalesOrderFlowTest {

    private static final Duration FILE_TAKEN = Duration.ofSeconds(30);

    private final EdiFiles demo = new EdiFiles("demo");
    private final EdiFiles eu = new EdiFiles("eu");

    @Configuration
    @Override
    public Option[] config() {
        return OrderflowKaraf.options(
                KarafDistributionOption.editConfigurationFilePut("etc/orderflow.edi-gateway.cfg",
                        "pollDelayMillis", "300"),
                KarafDistributionOption.editConfigurationFilePut("etc/orderflow.edi-gateway.cfg",
                        "readLockCheckMillis", "200"),
                partner("eu", "partner", "eu"), partner("eu", "standard", "EDIFACT"), partner("eu", "version", "D96A"),
                partner("eu", "qualifier", "14"), partner("eu", "interchangeId", "5412345000013"),
                partner("eu", "ourQualifier", "14"), partner("eu", "ourId", "ORDERFLOW"),
                partner("eu", "customer", "CUST-C"), partner("eu", "acknowledgement", "CONTRL"),
                partner("eu", "duplicates", "QUARANTINE"));
    }

    private static Option partner(String name, String key, String value) {
        return KarafDistributionOption.editConfigurationFilePut("etc/orderflow.edi-partner~" + name + ".cfg",
                key, value);
    }

    @Before
    public void partnersReady() {
        await().atMost(Duration.ofMinutes(1)).until(() -> Files.isDirectory(demo.folder("in"))
                && Files.isDirectory(eu.folder("in")));
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
    }

    @Test
    public void aFileThatIsNotEdiIsRejectedWithAReasonAndNothingElse() {
        int acksBefore = demo.names("out").size();
        demo.drop("hello.txt", "HELLO, THIS IS NOT AN ORDER");

        await().atMost(FILE_TAKEN).until(() -> demo.names("rejected").stream().anyMatch(n -> n.endsWith("hello.txt")));
        assertContains(demo.read("rejected", "hello.txt.reason.txt"), "does not start with an X12");
        assertEquals(acksBefore, demo.names("out").size());
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

    private static void assertContains(String text, String part) {
        assertTrue(text, text.contains(part));
    }

    private String orderOf(String customerPo) {
        return new Db(dataSource).text("SELECT ORDER_NO FROM EDI.ORDER_LINK WHERE CUSTOMER_PO = ?", customerPo);
    }

    /** An X12 004010 interchange with one PO group. */
    static String x12(String controlNumber, String sender, String receiver, int group, String... sets) {
        return "ISA*00*          *00*          *ZZ*" + String.format("%-15s", sender) + "*ZZ*"
                + String.format("%-15s", receiver) + "*261122*0930*U*00401*" + controlNumber + "*0*P*>~"
                + "GS*PO*" + sender + "*" + receiver + "*20261122*0930*" + group + "*X*004010~" + String.join("", sets)
                + "GE*" + sets.length + "*" + group + "~IEA*1*" + controlNumber + "~\n";
    }

    /** An 850 shipped to one store, with the given PO1 lines (each ending with ~). */
    static String x12Order(String control, String po, String... lines) {
        return "ST*850*" + control + "~BEG*00*SA*" + po + "**20261122~N1*ST*EASTERN RETAIL STORE 12~"
                + "N3*88 NANJING ROAD~N4*SHANGHAI**200001*CN~" + String.join("", lines) + "CTT*" + lines.length
                + "~SE*" + (lines.length + 7) + "*" + control + "~";
    }
}
