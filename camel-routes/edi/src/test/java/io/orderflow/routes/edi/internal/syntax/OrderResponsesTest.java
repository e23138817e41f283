package io.orderflow.routes.edi.internal.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.routes.edi.internal.partner.Acknowledgement;
import io.orderflow.routes.edi.internal.partner.Delimiters;
import io.orderflow.routes.edi.internal.partner.DuplicatePolicy;
import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.partner.Standard;
import io.orderflow.routes.edi.internal.partner.Strictness;
import io.orderflow.routes.edi.internal.partner.Transport;
import io.orderflow.routes.edi.internal.syntax.OrderResponses.Answer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderResponsesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 30);
    private static final OrderResponses.Order ORDER = new OrderResponses.Order("SO-2026-000042", "PO-7781",
            LocalDate.of(2026, 11, 20), LocalDate.of(2027, 1, 20), List.of(
                    new OrderResponses.Line("10", "LED-LAMP", new BigDecimal("50.000"), "PCS", new BigDecimal("24.50")),
                    new OrderResponses.Line("20", "DESK-LAMP", new BigDecimal("20"), "PCS", new BigDecimal("60.00"))));

    private static Partner partner(Standard standard, String version, Delimiters delimiters) {
        String qualifier = standard == Standard.X12 ? "ZZ" : "14";
        return new Partner("ACME", standard, version, qualifier, "ACME", qualifier, "ORDERFLOW", "CUST-B",
                standard == Standard.X12 ? Acknowledgement.X12_997 : Acknowledgement.CONTRL, false,
                DuplicatePolicy.REJECT, Strictness.LENIENT, delimiters, Transport.FOLDER, false);
    }

    @Test
    void a855ForANewDateNamesThePartnersLinesAndReadsBackWithItsControlCountsRight() throws Exception {
        byte[] written = OrderResponses.write(partner(Standard.X12, "004010", Delimiters.X12), Answer.DATE_CHANGED,
                ORDER, 17, NOW);
        String text = new String(written, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("ISA*00*          *00*          *ZZ*ORDERFLOW      *ZZ*ACME           *261122*0930*U*"
                + "00401*000000017*0*P*>~"), text);
        for (String segment : List.of("GS*PR*ORDERFLOW*ACME*20261122*0930*17*X*004010~", "ST*855*0001~",
                "BAK*04*AC*PO-7781*20261120****SO-2026-000042~", "DTM*067*20270120~", "PO1*10*50*EA*24.5**VP*LED-LAMP~",
                "ACK*DR*50*EA*067*20270120~", "PO1*20*20*EA*60**VP*DESK-LAMP~", "CTT*2~", "SE*9*0001~", "GE*1*17~",
                "IEA*1*000000017~")) {
            assertTrue(text.contains(segment), segment + " in " + text);
        }
        Interchange readBack = new EdiReader().read(written, Strictness.LENIENT).get(0);
        assertEquals(List.of(), readBack.errors());
        assertEquals("855", readBack.sets().get(0).type());
    }

    @Test
    void anOrdrspRejectingTheOrderHasNoPricesAndAnswersWithCode27() throws Exception {
        byte[] written = OrderResponses.write(partner(Standard.EDIFACT, "D96A", new Delimiters('\'', '+', ':', '*',
                false)), Answer.REJECTED, ORDER, 5, NOW);
        String text = new String(written, StandardCharsets.ISO_8859_1);
        for (String segment : List.of("UNB+UNOC:3+ORDERFLOW:14+ACME:14+261122:0930+5'", "UNH+1+ORDRSP:D:96A:UN'",
                "BGM+231+SO-2026-000042+27'", "RFF+ON:PO-7781'", "LIN+10+7+LED-LAMP:SA'", "QTY+21:50'",
                "LIN+20+7+DESK-LAMP:SA'", "UNS+S'", "UNT+10+1'", "UNZ+1+5'")) {
            assertTrue(text.contains(segment), segment + " in " + text);
        }
        assertTrue(!text.contains("PRI+"), text);
        assertEquals(List.of(), new EdiReader().read(written, Strictness.LENIENT).get(0).errors());
    }
}
