package io.orderflow.routes.edi.internal.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.orderflow.finance.api.event.InvoiceIssued;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.routes.edi.internal.ledger.InterchangeView;
import io.orderflow.routes.edi.internal.partner.Acknowledgement;
import io.orderflow.routes.edi.internal.partner.Delimiters;
import io.orderflow.routes.edi.internal.partner.DuplicatePolicy;
import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.partner.Standard;
import io.orderflow.routes.edi.internal.partner.StatusSettings;
import io.orderflow.routes.edi.internal.partner.Strictness;
import io.orderflow.routes.edi.internal.partner.Transport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The invoice from {@code finance/INVOICE_ISSUED} to the partner's outbox and the ledger, its 997 / CONTRL expected:
 * built through the constructors on an in-memory ledger ({@link OutboundBench}).
 */
class InvoiceSenderTest {

    private static final Instant ISSUED = Instant.parse("2026-12-04T02:00:00Z");
    private static final int ACK_OVERDUE_HOURS = 48;

    private final OutboundBench bench = new OutboundBench(ISSUED);
    private final Map<String, Partner> profiles = Map.of("ACME", partner("ACME", Standard.X12, true),
            "EUROMART", partner("EUROMART", Standard.EDIFACT, true), "QUIET", partner("QUIET", Standard.X12, false));
    /** Two lines at 13 % VAT and freight, in CNY. */
    private final InvoiceIssued issued = new InvoiceIssued("INV-2026-000123", "CUST-B", "PO-7781", "SH-2026-000007",
            LocalDate.of(2026, 12, 4), LocalDate.of(2027, 1, 3), "NET30", "CNY", List.of(
            new InvoiceIssued.Line(1, "LED-LAMP", "warm white", new BigDecimal("50"), "PCS", new BigDecimal("24.50"),
                    new BigDecimal("1225.00"), new BigDecimal("0.13"), new BigDecimal("159.25")),
            new InvoiceIssued.Line(2, "DESK-LAMP", null, new BigDecimal("20"), "PCS", new BigDecimal("89.90"),
                    new BigDecimal("1798.00"), new BigDecimal("0.13"), new BigDecimal("233.74"))),
            new BigDecimal("150.00"), new BigDecimal("19.50"), new BigDecimal("3173.00"), new BigDecimal("412.49"),
            new BigDecimal("3585.49"));
    private final InvoiceSender sender = new InvoiceSender(bench.outbound(profiles, ACK_OVERDUE_HOURS),
            OutboundBench.codecOf(issued));

    @AfterEach
    void dropDatabase() {
        bench.close();
    }

    private static Partner partner(String id, Standard standard, boolean invoices) {
        boolean x12 = standard == Standard.X12;
        return new Partner(id, standard, x12 ? "004010" : "D01B", x12 ? "ZZ" : "14", id, x12 ? "ZZ" : "14",
                "ORDERFLOW", "CUST-B", x12 ? Acknowledgement.X12_997 : Acknowledgement.CONTRL, false,
                DuplicatePolicy.REJECT, Strictness.LENIENT, x12 ? Delimiters.X12 : Delimiters.EDIFACT,
                Transport.FOLDER, false, invoices, StatusSettings.defaults(standard));
    }

    private static DomainEvent invoiceOf(String orderNumber) {
        return DomainEvent.of(InvoiceIssued.TYPE, orderNumber, ISSUED, Map.of());
    }

    @Test
    void aPartnerThatSwitchedItOnGetsAn810AwaitingIts997AndListedOverdueAfterTheConfiguredHours() {
        bench.orderCameFrom("ACME", "SO-2026-000042");
        DomainEvent event = invoiceOf("SO-2026-000042");

        sender.onEvent(event);

        bench.wroteOnly("ACME", "810-000000001.x12", List.of("GS*IN*ORDERFLOW*ACME*", "ST*810*0001~",
                "BIG*20261204*INV-2026-000123**PO-7781~", "CUR*SE*CNY~", "REF*VN*SO-2026-000042~",
                "IT1*10*50*EA*24.50**BP*NW-4711*UP*012345678905~", "IT1*20*20*EA*89.90**VP*DESK-LAMP~",
                "TDS*358549~", "SAC*C*D240***15000~", "CTT*2~"));
        InterchangeView invoice = bench.awaitsAcknowledgement(ISSUED, ACK_OVERDUE_HOURS);
        assertEquals(List.of("ACME", "1", "810", "004010"), List.of(invoice.partner(), invoice.controlNumber(),
                invoice.messages(), invoice.version()));
        bench.deliveredAgainWritesTheSameFile(sender::onEvent, event, "ACME");
    }

    @Test
    void anEdifactPartnerGetsAnInvoicD96aAwaitingItsContrl() {
        bench.orderCameFrom("EUROMART", "SO-2026-000050");

        sender.onEvent(invoiceOf("SO-2026-000050"));

        bench.wroteOnly("EUROMART", "INVOIC-1.edi", List.of("UNH+1+INVOIC:D:96A:UN'", "BGM+380+INV-2026-000123+9'",
                "RFF+ON:PO-7781'", "CUX+2:CNY:4'", "LIN+10++NW-4711:BP'", "MOA+77:3585.49'"));
        InterchangeView invoice = bench.awaitsAcknowledgement(ISSUED, ACK_OVERDUE_HOURS);
        assertEquals(List.of("EUROMART", "INVOIC", "D96A"), List.of(invoice.partner(), invoice.messages(),
                invoice.version()));
    }

    @Test
    void aPartnerWithoutTheSwitchAndAnOrderFromAnotherChannelGetNothing() {
        bench.orderCameFrom("QUIET", "SO-2026-000043");

        sender.onEvent(invoiceOf("SO-2026-000043"));
        sender.onEvent(invoiceOf("SO-2026-000044")); // taken by phone: the ledger has no partner order for it

        assertEquals(Map.of(), bench.outboxes);
        assertEquals(List.of(), bench.sent());
    }
}
