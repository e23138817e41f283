package io.orderflow.itests;

import static io.orderflow.itests.SalesOrders.pw;
import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * An EDI partner whose profile switches the dispatch advice and invoices on ({@code ship}, X12 004010, customer G)
 * orders by 850; the order is confirmed and shipped, and the partner gets an 856 for the dispatch and an 810 for
 * finance's invoice of it, read back here with StAEDI; the 856's 997 is expected, and listed as overdue once its time
 * has passed; the carrier's status the partner forwards in a 214 becomes the shipment's tracking, and so does an
 * EDIFACT partner's IFTSTA.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class EdiDispatchAdviceTests extends EdiFlowTest {

    private final EdiFiles ship = new EdiFiles("ship");

    @Before
    public void partnerReady() {
        awaitFolders(ship);
    }

    @Test
    public void aDispatchedEdiOrderIsAdvisedWithAn856AndItsMissing997IsListedOnceOverdue() throws Exception {
        ship.drop("po-5001.x12", EdiTests.x12("000005001", "SHIPCO", "ORDERFLOW", 5001,
                EdiTests.x12Order("0001", "SHIP-PO-5001", "PO1*1*12*EA*25**VP*LED-LAMP~")));
        await().atMost(FILE_TAKEN).until(() -> ship.names("processed").stream().anyMatch(n -> n.endsWith("po-5001.x12")));
        Db db = new Db(dataSource);
        String number = db.text("SELECT ORDER_NO FROM EDI.ORDER_LINK WHERE CUSTOMER_PO = ?", "SHIP-PO-5001");
        assertEquals(200, orders.decide("sam", number, "APPROVE", "sales-assistant", "date and price checked")
                .status());
        assertEquals(200, orders.decide("mia", number, "APPROVE", "sales-manager", "checked").status());
        await().atMost(FILE_TAKEN).until(() -> "AWAITING_SHIPMENT".equals(orders.get(number).get("status").asText()));

        Http.Reply created = http.post("/logistics/shipments", Http.json(Map.of("orderNumber", number,
                "lines", List.of(Map.of("lineNo", 1, "quantity", 12)), "freight", Map.of("terms", "COMPANY"))),
                "lena", pw("lena"));
        assertEquals(created.body(), 201, created.status());
        assertEquals("CREDIT_WITHIN_LIMIT", created.json().get("releaseRule").asText());
        String shipment = created.json().get("id").asText();
        Http.Reply dispatched = http.post("/logistics/shipments/" + shipment + "/dispatch", Http.json(Map.of(
                "packages", List.of(Map.of("carrier", "SF-EXPRESS", "trackingNumber", "SF5001")))), "lena",
                pw("lena"));
        assertEquals(dispatched.body(), 200, dispatched.status());
        String arrival = dispatched.json().get("estimatedArrival").asText().replace("-", "");

        await().atMost(FILE_TAKEN).until(() -> ship.names("out").stream().anyMatch(n -> n.startsWith("856-")));
        List<String> segments = read(ship.read("out", "856-"));
        assertTrue(segments.toString(), segments.containsAll(List.of("ST", "BSN", "HL", "TD5", "PRF", "MAN", "LIN",
                "SN1", "SE")));
        String advice = ship.read("out", "856-");
        assertTrue(advice, advice.contains("PRF*SHIP-PO-5001"));
        assertTrue(advice, advice.contains("REF*2I*SF5001"));
        assertTrue(advice, advice.contains("SN1**12*EA"));
        assertTrue(advice, advice.contains("DTM*017*" + arrival));
        String sscc = dispatched.json().at("/packages/0/sscc").asText();
        assertTrue(sscc, sscc.matches("00614141\\d{10}"));
        assertTrue("the package's SSCC-18: " + advice, advice.contains("MAN*GM*" + sscc));
        List<String> levels = EdiFiles.segments(advice).stream().filter(s -> s.startsWith("HL*"))
                .map(s -> s.split("\\*")[3]).toList();
        assertEquals("shipment, order, pack, item", List.of("S", "O", "P", "I"), levels);
        String group = EdiFiles.segments(advice).stream().filter(s -> s.startsWith("GS*SH*")).findFirst().orElseThrow()
                .split("\\*")[6];
        assertEquals("SENT", db.text("SELECT STATE FROM EDI.INTERCHANGE WHERE PARTNER = 'ship' AND DIRECTION = 'OUT'"
                + " AND CONTROL_NO = ?", group));
        assertTrue("not overdue yet", !overdue().contains(group));

        // finance invoices the shipment (this customer is invoiced on shipment), and the partner gets the 810
        await().atMost(FILE_TAKEN).until(() -> ship.names("out").stream().anyMatch(n -> n.startsWith("810-")));
        assertTrue(read(ship.read("out", "810-")).containsAll(List.of("ST", "BIG", "IT1", "TDS", "CTT", "SE")));
        String invoiced = ship.read("out", "810-");
        String invoice = http.get("/finance/invoices?order=" + number, "fred", pw("fred")).json().get(0)
                .get("number").asText();
        assertTrue(invoiced, EdiFiles.segments(invoiced).stream().anyMatch(s -> s.startsWith("BIG*")
                && s.contains("*" + invoice + "*") && s.contains("SHIP-PO-5001")));
        assertTrue("12 lamps at 25.00 CNY, in hundredths: " + invoiced, invoiced.contains("TDS*30000~"));

        // a day passes without the partner's 997
        db.update("UPDATE EDI.INTERCHANGE SET ACK_DUE_AT = {fn TIMESTAMPADD(SQL_TSI_HOUR, -1, CURRENT_TIMESTAMP)}"
                + " WHERE PARTNER = 'ship' AND DIRECTION = 'OUT' AND CONTROL_NO = ?", group);
        assertTrue(overdue().contains(group));

        ship.drop("997-" + group + ".x12", EdiTests.x12Group("FA", "000005002", "SHIPCO", "ORDERFLOW", 5002,
                "ST*997*0001~AK1*SH*" + group + "~AK2*856*0001~AK5*A~AK9*A*1*1*1~SE*6*0001~"));
        await().atMost(FILE_TAKEN).until(() -> "ACCEPTED".equals(db.text("SELECT STATE FROM EDI.INTERCHANGE"
                + " WHERE PARTNER = 'ship' AND DIRECTION = 'OUT' AND CONTROL_NO = ?", group)));
        assertTrue(!overdue().contains(group));

        // the carrier's status for the package, as the partner forwards it in a 214
        ship.drop("214-5003.x12", EdiTests.x12Group("QM", "000005003", "SHIPCO", "ORDERFLOW", 5003,
                "ST*214*0001~B10*SF5001*" + shipment + "*SFEX~LX*1~AT7*X6*NS***20261204*0930*LT~"
                        + "MS1*SHENZHEN**CN~L11*SF5001*2I~SE*7*0001~"));
        await().atMost(FILE_TAKEN).until(() -> "IN_TRANSIT".equals(http.get("/logistics/shipments/" + shipment
                + "/tracking", "bob", pw("bob")).json().get("milestone").asText()));
        JsonNode status = http.get("/logistics/shipments/" + shipment + "/tracking", "bob", pw("bob")).json()
                .at("/history/0");
        assertEquals("X6/NS", status.get("code").asText());
        assertTrue("the local time as sent: " + status, status.get("localTime").asText().startsWith("2026-12-04T09:30"));

        // an EDIFACT partner's IFTSTA: delivered (21), which alone leaves the shipment waiting for the sign-off
        EdiFiles eu = new EdiFiles("eu");
        eu.drop("iftsta-90.edi", "UNB+UNOC:3+5412345000013:14+ORDERFLOW:14+261204:1600+EU90'"
                + "UNH+1+IFTSTA:D:01B:UN'BGM+23+STAT-90+9'CNI+1+SF5001'STS+1+21'DTM+334:202612041500:203'"
                + "LOC+7+CNSZX:139:6:SHENZHEN'UNT+7+1'UNZ+1+EU90'");
        await().atMost(FILE_TAKEN).until(() -> "DELIVERED".equals(http.get("/logistics/shipments/" + shipment
                + "/tracking", "bob", pw("bob")).json().get("milestone").asText()));
        assertEquals("AWAITING_SIGNOFF", http.get("/logistics/shipments/" + shipment, "bob", pw("bob")).json()
                .get("status").asText());
        eu.find("out", "UCI+EU90+5412345000013:14+ORDERFLOW:14+7'");
    }

    /** The control numbers of the interchanges listed as overdue. */
    private List<String> overdue() {
        Http.Reply reply = http.get("/edi/acknowledgements/overdue", "ivy", pw("ivy"));
        assertEquals(reply.body(), 200, reply.status());
        List<String> numbers = new ArrayList<>();
        for (JsonNode interchange : reply.json()) {
            numbers.add(interchange.get("controlNumber").asText());
        }
        return numbers;
    }

    /** The segment tags of an interchange as StAEDI reads it, failing on any error it reports. */
    private static List<String> read(String interchange) throws Exception {
        List<String> tags = new ArrayList<>();
        try (EDIStreamReader reader = EDIInputFactory.newFactory().createEDIStreamReader(
                new ByteArrayInputStream(interchange.getBytes(StandardCharsets.ISO_8859_1)))) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event == EDIStreamEvent.START_SEGMENT) {
                    tags.add(reader.getText());
                } else if (event.toString().contains("ERROR")) {
                    throw new AssertionError(event + " " + reader.getErrorType() + " at " + reader.getLocation());
                }
            }
        }
        return tags;
    }
}
