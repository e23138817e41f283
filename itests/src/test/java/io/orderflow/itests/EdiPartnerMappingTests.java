package io.orderflow.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * Real partners' files the partner's way, in the real distribution: a retailer ({@code retail}, lenient, X12) that
 * names items by its own numbers and cases and places by store codes, and a strict partner ({@code strict}) whose
 * envelope slips are refused with the standard's codes. Its tables are kept by an integration user over REST.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class EdiPartnerMappingTests extends EdiFlowTest {

    private final EdiFiles retail = new EdiFiles("retail");
    private final EdiFiles strict = new EdiFiles("strict");

    @Before
    public void partnersReady() {
        awaitFolders(retail, strict);
    }

    @Test
    public void oneOrderForThreeStoresOfOneCustomerInCasesOfTheBuyersItemAndAResendGivesTheSameThree() {
        item("retail", "BUYER_ITEM", "778812", "LED-LAMP", "CA", 12);
        for (String store : List.of("1042", "1043", "1044")) {
            location("retail", store, "CUST-G", "Store " + store, address(store + " Tianhe Road", "Guangzhou"));
        }
        String order = "ST*850*0001~BEG*00*SA*RT-PO-5001**20261122~N1*BY*GUANGZHOU MALL*92*0001~"
                + "PO1*1*6*CA*300**IN*778812~SDQ*CA*92*1042*1*1043*2*1044*3~CTT*1~SE*7*0001~";
        retail.drop("po-5001.x12", EdiTests.x12("000005001", "RETAILCO", "ORDERFLOW", 5001, order));

        await().atMost(FILE_TAKEN).until(() -> retail.names("processed").stream()
                .anyMatch(n -> n.endsWith("po-5001.x12")));
        assertTrue(EdiFiles.segments(retail.find("out", "AK1*PO*5001~")).contains("AK9*A*1*1*1"));
        List<String> numbers = ordersOf("RT-PO-5001/1042", "RT-PO-5001/1043", "RT-PO-5001/1044");
        for (int i = 0; i < 3; i++) {
            JsonNode taken = orders.get(numbers.get(i));
            assertEquals("CUST-G", taken.get("customerId").asText());
            assertEquals("cases of 12", String.valueOf(12 * (i + 1)),
                    taken.get("lines").get(0).get("quantity").asText().replaceAll("\\.0+$", ""));
            assertEquals("25.00", taken.get("lines").get(0).get("unitPrice").get("amount").asText());
            assertEquals("Guangzhou", taken.get("deliveryAddress").get("city").asText());
            assertEquals((1042 + i) + " Tianhe Road", taken.get("deliveryAddress").get("line1").asText());
        }

        // the partner sends the same PO again in a new interchange: the same three orders, none more
        retail.drop("po-5001-again.x12", EdiTests.x12("000005002", "RETAILCO", "ORDERFLOW", 5002, order));
        await().atMost(FILE_TAKEN).until(() -> retail.names("processed").stream()
                .anyMatch(n -> n.endsWith("po-5001-again.x12")));
        assertEquals(3, new Db(dataSource).count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER"
                + " WHERE CUSTOMER_PO LIKE 'RT-PO-5001/%'"));
        assertEquals(numbers, ordersOf("RT-PO-5001/1042", "RT-PO-5001/1043", "RT-PO-5001/1044"));
    }

    @Test
    public void whatThePartnerLeavesOutComesFromTheLocationTableOrTheCustomerAndIsFlagged() {
        Http.Reply saved = http.post("/master-data/customers", """
                {"id": "CUST-RT", "name": "Retail Town", "region": "SOUTH", "contact": {"name": "Rita Town",
                 "phone": "+86 757 5555 0101", "email": "rita@retail.example"}, "creditLimit": {"amount": "90000",
                 "currency": "CNY"}, "paymentTerms": "NET30", "deliveryAddress": {"line1": "1 Depot Lane",
                 "city": "Foshan", "postalCode": "528000", "country": "CN"}}""", "mia", "miapw");
        assertTrue(saved.body(), saved.status() == 201 || saved.status() == 200);
        location("retail", "DC-9", "CUST-RT", "Foshan DC", null);
        retail.drop("po-5101.x12", EdiTests.x12("000005101", "RETAILCO", "ORDERFLOW", 5101,
                "ST*850*0001~BEG*00*SA*RT-PO-5101**20261122~N1*ST**92*DC-9~PO1*1*4*EA*25**VP*LED-LAMP~"
                        + "CTT*1~SE*6*0001~"));

        await().atMost(FILE_TAKEN).until(() -> retail.names("processed").stream()
                .anyMatch(n -> n.endsWith("po-5101.x12")));
        JsonNode taken = orders.get(ordersOf("RT-PO-5101").get(0));
        assertEquals("the location's customer", "CUST-RT", taken.get("customerId").asText());
        assertEquals("1 Depot Lane", taken.get("deliveryAddress").get("line1").asText());
        assertEquals("CNY", taken.get("lines").get(0).get("unitPrice").get("currency").asText());
        List<String> flagged = new ArrayList<>();
        taken.get("flags").forEach(flag -> flagged.add(flag.get("field").asText() + ": " + flag.get("detail").asText()));
        assertTrue(flagged.toString(), flagged.contains(
                "deliveryAddress: no ship-to sent; the customer's default delivery address"));
        assertTrue(flagged.toString(), flagged.contains("lines[0].unitPrice: no currency sent; CNY"));
    }

    @Test
    public void aSetRefusedForAnUnknownItemIsReRunAfterTheMappingIsAddedAndAnsweredAnew() throws Exception {
        location("retail", "1042", "CUST-G", "Store 1042", address("1042 Tianhe Road", "Guangzhou"));
        retail.drop("po-5201.x12", EdiTests.x12("000005201", "RETAILCO", "ORDERFLOW", 5201,
                "ST*850*0001~BEG*00*SA*RT-PO-5201**20261122~N1*ST*STORE 12*92*1042~PO1*1*2*EA*25**IN*990011~"
                        + "CTT*1~SE*6*0001~"));
        await().atMost(FILE_TAKEN).until(() -> retail.names("rejected").stream()
                .anyMatch(n -> n.endsWith("po-5201.x12")));
        List<String> refusal = EdiFiles.segments(retail.find("out", "AK1*PO*5201~"));
        assertTrue(refusal.toString(), refusal.containsAll(List.of("AK3*PO1*4**8", "AK4*7**7", "AK9*R*1*1*0")));
        assertContains(retail.read("rejected", "po-5201.x12.reason.txt"),
                "item 990011 is neither one of our products nor in partner retail's cross-reference");
        long id = interchangeId("retail", "000005201");

        assertEquals("nothing to map yet: still refused", 200, rerun(id).status());
        assertEquals(0, new Db(dataSource).count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER WHERE CUSTOMER_PO = ?",
                "RT-PO-5201"));

        item("retail", "BUYER_ITEM", "990011", "DESK-LAMP", null, 1);
        Http.Reply rerun = rerun(id);
        assertEquals(rerun.body(), 200, rerun.status());
        JsonNode after = rerun.json();
        assertEquals("ACKNOWLEDGED", after.get("state").asText());
        assertEquals(1, after.get("acceptedSets").asInt());
        JsonNode order = orders.get(ordersOf("RT-PO-5201").get(0));
        assertEquals("DESK-LAMP", order.get("lines").get(0).get("productCode").asText());
        // a new acknowledgement under a new control number; the first one stays as it was sent
        assertEquals(3, retail.count("out", "AK1*PO*5201~"));
        List<String> accepted = EdiFiles.segments(http.get("/edi/documents/" + after.get("acknowledgementId").asLong()
                + "/raw", "application/octet-stream", "ivy", "ivypw").body());
        assertTrue(accepted.toString(), accepted.containsAll(List.of("AK5*A", "AK9*A*1*1*1")));

        assertEquals("every set taken: nothing to re-run", 409, rerun(id).status());
        assertEquals(1, new Db(dataSource).count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER WHERE CUSTOMER_PO = ?",
                "RT-PO-5201"));
        assertEquals("a sales rep does not re-run", 403, http.post("/edi/interchanges/" + id + "/rerun", "{}", "ann",
                "annpw").status());
        try {
            shell().run("ivy", "ivypw", "edi:rerun " + id);
            throw new AssertionError("edi:rerun of an interchange with nothing to re-run succeeded");
        } catch (Exception refused) {
            assertContains(String.valueOf(refused.getMessage()), "nothing to re-run");
        }
    }

    @Test
    public void aLenientPartnersSlipsAreWarningsKeptInTheLedgerAndAStrictPartnersAreRefusedWithTheirCodes() {
        // ISA14 = 7 is no acknowledgement-requested code; ZZZ is no segment of the 850
        String sloppy = "ST*850*0001~BEG*00*SA*%s**20261122~ZZZ*PRIVATE*NOTE~N1*ST*STORE 12*92*1042~"
                + "PO1*1*1*EA*25**VP*LED-LAMP~CTT*1~SE*7*0001~";
        location("retail", "1042", "CUST-G", "Store 1042", address("1042 Tianhe Road", "Guangzhou"));
        retail.drop("po-5301.x12", EdiTests.x12("000005301", "RETAILCO", "ORDERFLOW", 5301,
                String.format(sloppy, "RT-PO-5301")).replace("*0*P*>~", "*7*P*>~"));
        await().atMost(FILE_TAKEN).until(() -> retail.names("processed").stream()
                .anyMatch(n -> n.endsWith("po-5301.x12")));
        assertEquals(1, ordersOf("RT-PO-5301").size());
        JsonNode view = http.get("/edi/interchanges/" + interchangeId("retail", "000005301"), "ivy", "ivypw").json();
        String warnings = view.get("warnings").toString();
        assertTrue(warnings, warnings.contains("ISA14") && warnings.contains("ZZZ is not in our 004010 schema"));

        strict.drop("po-5302.x12", EdiTests.x12("000005302", "STRICTCO", "ORDERFLOW", 5302,
                String.format(sloppy, "ST-PO-5302")).replace("*0*P*>~", "*7*P*>~"));
        await().atMost(FILE_TAKEN).until(() -> strict.names("rejected").stream()
                .anyMatch(n -> n.endsWith("po-5302.x12")));
        strict.find("out", "TA1*000005302*261122*0930*R*019~");
        assertEquals(0, new Db(dataSource).count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER WHERE CUSTOMER_PO = ?",
                "ST-PO-5302"));
    }

    @Test
    public void envelopeErrorsAreAnsweredWithTheStandardsOwnCodesAtTheirOwnLevel() {
        String set = "ST*850*0001~BEG*00*SA*ST-PO-%d**20261122~N1*ST*STORE*92*1~N3*1 MAIN ROAD~N4*SHANGHAI**200001*CN~"
                + "PO1*1*1*EA*25**VP*LED-LAMP~CTT*1~SE*8*0001~";
        /** @param answer a segment of the one answer to the interchange, found by its control number */
        record Case(int number, UnaryOperator<String> slip, String answer) {
            String file(String set) {
                return slip.apply(EdiTests.x12("00000" + number, "STRICTCO", "ORDERFLOW", number,
                        String.format(set, number)));
            }
        }
        List<Case> cases = List.of(
                new Case(5401, f -> f.replace("IEA*1*000005401", "IEA*1*000005499"), "*R*001~"),
                new Case(5402, f -> f.replace("*261122*0930*", "*261341*0930*"), "*R*014~"),
                new Case(5403, f -> f.replace("IEA*1*", "IEA*2*"), "*R*021~"),
                new Case(5404, f -> f.replace("GE*1*5404", "GE*1*5499"), "AK9*R*1*1*0*4~"),
                new Case(5405, f -> f.replace("GE*1*5405", "GE*2*5405"), "AK9*R*1*1*0*5~"),
                new Case(5406, f -> f.replace("SE*8*0001", "SE*8*0099"), "AK5*R*3~"),
                new Case(5407, f -> f.replace("SE*8*0001", "SE*9*0001"), "AK5*R*4~"),
                new Case(5408, f -> f.replace("*20261122*0930*5408*", "*20261341*0930*5408*"), "AK9*R*1*1*0~"));
        for (Case c : cases) {
            strict.drop("env-" + c.number() + ".x12", c.file(set));
        }
        for (Case c : cases) {
            await().atMost(FILE_TAKEN).until(() -> strict.names("rejected").stream()
                    .anyMatch(n -> n.endsWith("env-" + c.number() + ".x12")));
            boolean interchangeLevel = c.answer().startsWith("*R*");
            String answer = strict.find("out", interchangeLevel ? "TA1*00000" + c.number() + "*"
                    : "AK1*PO*" + c.number() + "~");
            assertTrue(c.number() + " " + answer, EdiFiles.segments(answer).stream()
                    .anyMatch(segment -> (segment + "~").endsWith(c.answer())));
        }
        assertEquals(0, new Db(dataSource).count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER"
                + " WHERE CUSTOMER_PO LIKE 'ST-PO-54%'"));
    }

    @Test
    public void edifactEnvelopeErrorsAreAnsweredInTheContrlWithTheirIso9735Codes() {
        EdiFiles eu = new EdiFiles("eu");
        String message = "UNH+1+ORDERS:D:96A:UN'BGM+220+EU-PO-%s+9'DTM+2:20270301:102'"
                + "NAD+DP+++EU STORE 8+RUE NEUVE 8+BRUXELLES++1000+BE'LIN+1++LED-LAMP:SA'QTY+21:2'PRI+AAA:25'UNS+S'"
                + "UNT+9+1'";
        // UNZ names another interchange: refused whole, UCI 28
        eu.drop("orders-91.edi", "UNA:+.? 'UNB+UNOC:3+5412345000013:14+ORDERFLOW:14+261122:0930+EU91'"
                + String.format(message, "91") + "UNZ+1+EU99'");
        // UNE names another group: the group refused in UCF with 28, its message in UCM
        eu.drop("orders-92.edi", "UNA:+.? 'UNB+UNOC:3+5412345000013:14+ORDERFLOW:14+261122:0930+EU92'"
                + "UNG+ORDERS+5412345000013:14+ORDERFLOW:14+261122:0930+G92+UN+D:96A'" + String.format(message, "92")
                + "UNE+1+G99'UNZ+1+EU92'");

        for (String file : List.of("orders-91.edi", "orders-92.edi")) {
            await().atMost(FILE_TAKEN).until(() -> eu.names("rejected").stream().anyMatch(n -> n.endsWith(file)));
        }
        eu.find("out", "UCI+EU91+5412345000013:14+ORDERFLOW:14+4+28'");
        String group = eu.find("out", "UCI+EU92+");
        assertContains(group, "UCF+G92+5412345000013:14+ORDERFLOW:14+4+28'");
        assertContains(group, "UCM+1+ORDERS:D:96A:UN+4'");
        assertEquals(0, new Db(dataSource).count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER WHERE CUSTOMER_PO"
                + " IN ('EU-PO-91', 'EU-PO-92')"));
    }

    @Test
    public void aFunctionalGroupSentAgainUnderANewEnvelopeMeetsTheDuplicatePolicy() {
        location("retail", "1042", "CUST-G", "Store 1042", address("1042 Tianhe Road", "Guangzhou"));
        String group5601 = "ST*850*0001~BEG*00*SA*RT-PO-5601**20261122~N1*ST*STORE*92*1042~PO1*1*1*EA*25**VP*LED-LAMP~"
                + "CTT*1~SE*6*0001~";
        retail.drop("po-5601.x12", EdiTests.x12("000005601", "RETAILCO", "ORDERFLOW", 5601, group5601));
        await().atMost(FILE_TAKEN).until(() -> retail.names("processed").stream()
                .anyMatch(n -> n.endsWith("po-5601.x12")));

        // the same group in a new interchange: refused by the retailer's policy (REJECT), nothing created twice
        retail.drop("po-5601-again.x12", EdiTests.x12("000005602", "RETAILCO", "ORDERFLOW", 5601, group5601));
        await().atMost(FILE_TAKEN).until(() -> retail.names("rejected").stream()
                .anyMatch(n -> n.endsWith("po-5601-again.x12")));
        assertContains(retail.read("rejected", "po-5601-again.x12.reason.txt"), "group(s) 5601 received before");

        // beside a new group, the repeated one alone is refused (AK9 R) and the new one taken
        String mixed = EdiTests.x12("000005603", "RETAILCO", "ORDERFLOW", 5601, group5601).replace("IEA*1*",
                "GS*PO*RETAILCO*ORDERFLOW*20261122*0930*5603*X*004010~" + group5601.replace("RT-PO-5601", "RT-PO-5603")
                        + "GE*1*5603~IEA*2*");
        retail.drop("po-5603.x12", mixed);
        await().atMost(FILE_TAKEN).until(() -> retail.names("processed").stream()
                .anyMatch(n -> n.endsWith("po-5603.x12")));
        List<String> ack = EdiFiles.segments(retail.find("out", "AK1*PO*5603~"));
        assertTrue(ack.toString(), ack.containsAll(List.of("AK1*PO*5601", "AK9*R*1*1*0", "AK1*PO*5603",
                "AK9*A*1*1*1")));
        assertEquals(1, new Db(dataSource).count("SELECT COUNT(*) FROM SALES_ORDER.SALES_ORDER WHERE CUSTOMER_PO = ?",
                "RT-PO-5601"));
        assertEquals(1, ordersOf("RT-PO-5603").size());
    }

    @Test
    public void aPartnersAcknowledgementThatAnswersNothingWeSentIsKeptAndListedAsUnmatched() {
        retail.drop("ack-5501.x12", EdiTests.x12Group("FA", "000005501", "RETAILCO", "ORDERFLOW", 5501,
                "ST*997*0001~AK1*PR*987654~AK9*A*1*1*1~SE*4*0001~"));
        await().atMost(FILE_TAKEN).until(() -> retail.names("processed").stream()
                .anyMatch(n -> n.endsWith("ack-5501.x12")));
        JsonNode unmatched = http.get("/edi/interchanges?partner=retail&state=UNMATCHED", "ivy", "ivypw").json();
        assertEquals(unmatched.toString(), 1, unmatched.size());
        assertEquals("000005501", unmatched.get(0).get("controlNumber").asText());
        assertContains(unmatched.get(0).get("reason").asText(),
                "997 0001 answers interchange 987654, which we did not send");
    }

    @Test
    public void tablesOfAPartnerWithoutAProfileAreKeptAndListedAsOrphaned() throws Exception {
        // kept by integration as a CSV file too, all or nothing, and read over the shell
        Http.Reply imported = http.post("/master-data/import/partner-items", "text/csv",
                "partner,kind,partnerItem,productCode,partnerUnit,packSize\n"
                        + "gone,GTIN,06901234567892,LED-LAMP,,\ngone,UPC,012345678905,DESK-LAMP,CA,6\n", "ivy", "ivypw");
        assertEquals(imported.body(), 200, imported.status());
        Http.Reply refused = http.post("/master-data/import/partner-locations", "text/csv",
                "partner,code,customer\ngone,S1,CUST-G\ngone,S2,NO-SUCH-CUSTOMER\n", "ivy", "ivypw");
        assertEquals(refused.body(), 400, refused.status());
        assertContains(refused.body(), "row 3");
        String items = shell().run("ivy", "ivypw", "master-data:partner-items gone");
        assertContains(items, "06901234567892");
        assertContains(items, "DESK-LAMP");
        assertEquals(0, http.get("/master-data/partners/gone/locations", "ivy", "ivypw").json().size());
        JsonNode tables = http.get("/edi/partner-tables", "ivy", "ivypw").json();
        boolean orphaned = false;
        for (JsonNode t : tables) {
            if (t.get("partner").asText().equals("gone")) {
                orphaned = t.get("orphaned").asBoolean();
            }
            if (t.get("partner").asText().equals("retail")) {
                assertTrue(t.toString(), !t.get("orphaned").asBoolean());
            }
        }
        assertTrue(tables.toString(), orphaned);
        assertContains(shell().run("ivy", "ivypw", "edi:partner-tables"), "orphaned");
    }

    private void item(String partner, String kind, String number, String product, String unit, int pack) {
        Http.Reply saved = http.post("/master-data/partners/" + partner + "/items", String.format("""
                {"kind": "%s", "partnerItem": "%s", "productCode": "%s", "partnerUnit": %s, "packSize": %d}""",
                kind, number, product, unit == null ? "null" : "\"" + unit + "\"", pack), "ivy", "ivypw");
        assertTrue(saved.body(), saved.status() == 201 || saved.status() == 200);
    }

    private void location(String partner, String code, String customer, String name, String address) {
        Http.Reply saved = http.post("/master-data/partners/" + partner + "/locations", String.format("""
                {"code": "%s", "customerId": "%s", "name": "%s", "deliveryAddress": %s}""", code, customer, name,
                address == null ? "null" : address), "ivy", "ivypw");
        assertTrue(saved.body(), saved.status() == 201 || saved.status() == 200);
    }

    private static String address(String line1, String city) {
        return String.format("{\"line1\": \"%s\", \"city\": \"%s\", \"postalCode\": \"510000\", \"country\": \"CN\"}",
                line1, city);
    }

    private Http.Reply rerun(long interchangeId) {
        return http.post("/edi/interchanges/" + interchangeId + "/rerun", "{}", "ivy", "ivypw");
    }

    private long interchangeId(String partner, String controlNumber) {
        return new Db(dataSource).count("SELECT ID FROM EDI.INTERCHANGE WHERE PARTNER = ? AND DIRECTION = 'IN'"
                + " AND CONTROL_NO = ?", partner, controlNumber);
    }

    /** The sales orders of these customer POs, in that order; fails when one is missing. */
    private List<String> ordersOf(String... customerPos) {
        List<String> numbers = new ArrayList<>();
        for (String po : customerPos) {
            numbers.add(new Db(dataSource).text("SELECT ORDER_NO FROM SALES_ORDER.SALES_ORDER WHERE CUSTOMER_PO = ?",
                    po));
        }
        return numbers;
    }

}
