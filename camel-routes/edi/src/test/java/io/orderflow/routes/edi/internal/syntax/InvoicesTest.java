package io.orderflow.routes.edi.internal.syntax;

import static io.orderflow.routes.edi.internal.syntax.DispatchAdvicesTest.partner;
import static io.orderflow.routes.edi.internal.syntax.DispatchAdvicesTest.readBack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.routes.edi.internal.partner.Standard;
import io.orderflow.routes.edi.internal.syntax.Invoices.Invoice;
import io.orderflow.routes.edi.internal.syntax.Invoices.Line;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 810 and the INVOIC for an invoice of two lines with tax and freight, in CNY and in JPY, read back with StAEDI
 * against our schemas as a dispatch advice is (strictly: no error, no warning), and what the partner finds in them:
 * invoice number, PO, dates, lines, totals and currency.
 */
class InvoicesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 9, 15);
    private static final LocalDate ISSUED = LocalDate.of(2026, 12, 4);
    private static final LocalDate DUE = LocalDate.of(2027, 1, 3);
    private static final List<ItemNumber> LAMP_NUMBERS = List.of(new ItemNumber("BP", "NW-4711"),
            new ItemNumber("UP", "012345678905"));

    /**
     * 50 lamps at 24.50 and 20 desk lamps at 89.90, 13 % VAT each, 150.00 freight with 19.50 VAT: net 3173.00, tax
     * 412.49, total 3585.49 CNY.
     */
    private static final Invoice IN_CNY = invoice("CNY", List.of(
            new Line("10", LAMP_NUMBERS, "LED-LAMP", "warm white", new BigDecimal("50.000"), "PCS",
                    new BigDecimal("24.5"), new BigDecimal("1225.00"), new BigDecimal("0.13"),
                    new BigDecimal("159.25")),
            new Line("20", List.of(), "DESK-LAMP", null, new BigDecimal("20"), "PCS", new BigDecimal("89.90"),
                    new BigDecimal("1798.00"), new BigDecimal("0.13"), new BigDecimal("233.74"))),
            new BigDecimal("150.00"), new BigDecimal("19.50"), new BigDecimal("3173.00"), new BigDecimal("412.49"),
            new BigDecimal("3585.49"));

    /** The same goods in yen at 10 %: net 303800, tax 30380, total 334180 JPY, no minor unit. */
    private static final Invoice IN_JPY = invoice("JPY", List.of(
            new Line("10", LAMP_NUMBERS, "LED-LAMP", "warm white", new BigDecimal("50"), "PCS", new BigDecimal("2450"),
                    new BigDecimal("122500"), new BigDecimal("0.10"), new BigDecimal("12250")),
            new Line("20", List.of(), "DESK-LAMP", null, new BigDecimal("20"), "PCS", new BigDecimal("8990"),
                    new BigDecimal("179800"), new BigDecimal("0.10"), new BigDecimal("17980"))),
            new BigDecimal("1500"), new BigDecimal("150"), new BigDecimal("303800"), new BigDecimal("30380"),
            new BigDecimal("334180"));

    private static Invoice invoice(String currency, List<Line> lines, BigDecimal freight, BigDecimal freightTax,
                                   BigDecimal net, BigDecimal tax, BigDecimal total) {
        return new Invoice("INV-2026-000123", "SO-2026-000042", "PO-7781", "SH-2026-000007", "CUST-B", "ORDERFLOW",
                ISSUED, DUE, "NET30", currency, lines, freight, freightTax, net, tax, total);
    }

    /** Each segment of {@code tag} as its elements' first components joined by {@code /}, from element 1. */
    private static List<String> x12(TransactionSet set, String tag) {
        return set.all(tag).stream().map(s -> String.join("/", IntStream.rangeClosed(1, s.elements().size())
                .mapToObj(s::get).toList())).toList();
    }

    /** Each segment of {@code tag} as element {@code element}'s components joined by {@code :}. */
    private static List<String> composite(TransactionSet set, String tag, int element) {
        return set.all(tag).stream().map(s -> String.join(":", s.elements().get(element - 1))).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"004010", "005010"})
    void an810CarriesTheInvoiceItsPoTermsLinesTaxFreightAndTotalInCny(String version) throws Exception {
        byte[] written = Invoices.write(partner(Standard.X12, version), IN_CNY, 41, NOW);
        assertEquals(List.of(), X12SchemasTest.read(written, X12SchemasTest.schema(version + "/810")).findings());
        assertTrue(new String(written, StandardCharsets.ISO_8859_1).contains("GS*IN*"), "functional group IN");
        TransactionSet set = readBack(written);

        assertEquals("810", set.type());
        assertEquals(List.of("20261204/INV-2026-000123//PO-7781"), x12(set, "BIG"));
        assertEquals(List.of("SE/CNY"), x12(set, "CUR"));
        assertEquals(List.of("VN/SO-2026-000042", "SI/SH-2026-000007"), x12(set, "REF"));
        assertEquals(List.of("BY//91/CUST-B", "SE//ZZ/ORDERFLOW"), x12(set, "N1"));
        assertEquals(List.of("05/3////20270103/30/////NET30"), x12(set, "ITD"));
        assertEquals(List.of("10/50/EA/24.50//BP/NW-4711/UP/012345678905", "20/20/EA/89.90//VP/DESK-LAMP"),
                x12(set, "IT1"));
        assertEquals(List.of("warm white"), set.all("PID").stream().map(pid -> pid.get(5)).toList());
        // per line with its rate, the invoice's whole tax, the freight's
        assertEquals(List.of("VA/159.25/13", "VA/233.74/13", "VA/412.49", "VA/19.50"), x12(set, "TXI"));
        // N2: two implied decimals
        assertEquals(List.of("358549"), x12(set, "TDS"));
        assertEquals(List.of("C/D240///15000"), x12(set, "SAC"));
        assertEquals(List.of("2"), x12(set, "CTT"));
    }

    @Test
    void an810InYenHasNoDecimalsWhereTheCurrencyHasNoneAndTwoImpliedOnesInItsN2Amounts() throws Exception {
        TransactionSet set = readBack(Invoices.write(partner(Standard.X12, "004010"), IN_JPY, 42, NOW));

        assertEquals(List.of("SE/JPY"), x12(set, "CUR"));
        assertEquals(List.of("10/50/EA/2450//BP/NW-4711/UP/012345678905", "20/20/EA/8990//VP/DESK-LAMP"),
                x12(set, "IT1"));
        assertEquals(List.of("VA/12250/10", "VA/17980/10", "VA/30380", "VA/150"), x12(set, "TXI"));
        assertEquals(List.of("33418000"), x12(set, "TDS")); // 334180 yen, not 3341.80
        assertEquals(List.of("C/D240///150000"), x12(set, "SAC"));
    }

    @Test
    void anInvoicCarriesTheInvoiceItsPoDatesLinesTaxFreightAndTotalsInCny() throws Exception {
        byte[] written = Invoices.write(partner(Standard.EDIFACT, "D01B"), IN_CNY, 9, NOW);
        assertTrue(new String(written, StandardCharsets.ISO_8859_1).contains("UNH+1+INVOIC:D:96A:UN'"));
        TransactionSet set = readBack(written);

        assertEquals("INVOIC", set.type());
        assertEquals(List.of("380", "INV-2026-000123", "9"), set.all("BGM").stream()
                .flatMap(bgm -> List.of(bgm.get(1), bgm.get(2), bgm.get(3)).stream()).toList());
        assertEquals(List.of("137:20261204:102", "13:20270103:102"), composite(set, "DTM", 1));
        assertEquals(List.of("ON:PO-7781", "VN:SO-2026-000042", "AAK:SH-2026-000007"), composite(set, "RFF", 1));
        assertEquals(List.of("CUST-B::91", "ORDERFLOW::ZZZ"), composite(set, "NAD", 2));
        assertEquals(List.of("2:CNY:4"), composite(set, "CUX", 1));
        assertEquals(List.of("5:3:D:30"), composite(set, "PAT", 3));
        assertEquals(List.of("FC"), composite(set, "ALC", 5));
        assertEquals(List.of("10:NW-4711:BP", "20:DESK-LAMP:SA"), set.all("LIN").stream()
                .map(lin -> lin.get(1) + ":" + lin.get(3, 1) + ":" + lin.get(3, 2)).toList());
        assertEquals(List.of("1:012345678905:UP"), set.all("PIA").stream()
                .map(pia -> pia.get(1) + ":" + pia.get(2, 1) + ":" + pia.get(2, 2)).toList());
        assertEquals(List.of("47:50:PCE", "47:20:PCE"), composite(set, "QTY", 1));
        assertEquals(List.of("AAA:24.50", "AAA:89.90"), composite(set, "PRI", 1));
        assertEquals(List.of("7:VAT::", "7:VAT:13:S", "7:VAT:13:S"), set.all("TAX").stream()
                .map(tax -> tax.get(1) + ":" + tax.get(2) + ":" + tax.get(5, 4) + ":" + tax.get(6)).toList());
        // freight and its tax, each line's net and tax, then the invoice's total, lines, taxable amount and tax
        assertEquals(List.of("23:150.00", "124:19.50", "203:1225.00", "124:159.25", "203:1798.00", "124:233.74",
                "77:3585.49", "79:3023.00", "125:3173.00", "124:412.49"), composite(set, "MOA", 1));
    }

    @Test
    void anInvoicInYenWritesItsAmountsWithoutDecimals() throws Exception {
        TransactionSet set = readBack(Invoices.write(partner(Standard.EDIFACT, "D96A"), IN_JPY, 10, NOW));

        assertEquals(List.of("2:JPY:4"), composite(set, "CUX", 1));
        assertEquals(List.of("AAA:2450", "AAA:8990"), composite(set, "PRI", 1));
        assertEquals(List.of("23:1500", "124:150", "203:122500", "124:12250", "203:179800", "124:17980",
                "77:334180", "79:302300", "125:303800", "124:30380"), composite(set, "MOA", 1));
    }

    @Test
    void anAmountIsNeverRounded() {
        // more decimals than yen has: finance never issues it, and it is not sent rounded
        Invoice halfYen = invoice("JPY", IN_JPY.lines(), null, null, new BigDecimal("303800"),
                new BigDecimal("30380.5"), new BigDecimal("334180.5"));
        assertThrows(IllegalArgumentException.class,
                () -> Invoices.write(partner(Standard.EDIFACT, "D96A"), halfYen, 11, NOW));
        // a 3-decimal currency's amount: exact in an INVOIC, but X12's N2 total cannot carry the thousandth
        BigDecimal dinars = new BigDecimal("1.255");
        Invoice inDinars = invoice("BHD", List.of(new Line("10", List.of(), "LED-LAMP", null, BigDecimal.ONE, "PCS",
                dinars, dinars, BigDecimal.ZERO, BigDecimal.ZERO)), null, null, dinars, BigDecimal.ZERO, dinars);
        assertTrue(new String(Invoices.write(partner(Standard.EDIFACT, "D96A"), inDinars, 12, NOW),
                StandardCharsets.ISO_8859_1).contains("MOA+77:1.255'"));
        assertThrows(IllegalArgumentException.class,
                () -> Invoices.write(partner(Standard.X12, "004010"), inDinars, 13, NOW));
    }
}
