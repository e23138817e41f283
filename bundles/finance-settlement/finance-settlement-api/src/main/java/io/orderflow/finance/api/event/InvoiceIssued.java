package io.orderflow.finance.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice was issued for what an order shipped (or what its customer signed off); the EDI gateway sends the
 * partner's 810 / INVOIC. Issued invoices never change: a correction is a credit note.
 *
 * @param invoice    its number, {@code INV-2026-000123}, gap-free per year
 * @param customerPo the customer's purchase order number
 * @param shipment   the shipment it invoices
 * @param terms      the order's payment terms, e.g. {@code NET30}
 * @param lines      the goods invoiced, each net and tax rounded once
 * @param freight    the agreed freight invoiced, null when none; its tax in {@code freightTax}
 * @param net        the lines' and freight's net, added up
 * @param tax        their tax, added up
 * @param total      net plus tax
 */
public record InvoiceIssued(@Required String invoice, @Required String customerId, String customerPo,
                            String shipment, @Required LocalDate issuedOn, @Required LocalDate dueOn,
                            @Required String terms, @Required String currency, @Required List<Line> lines,
                            BigDecimal freight, BigDecimal freightTax, @Required BigDecimal net,
                            @Required BigDecimal tax, @Required BigDecimal total) implements EventPayload {

    public static final String TYPE = "finance/INVOICE_ISSUED";

    /**
     * A line invoiced: {@code lineNo} is the order's line.
     *
     * @param taxRate a fraction ({@code 0.13} for 13 %), zero without tax
     */
    public record Line(int lineNo, String productCode, String specification, BigDecimal quantity, String unit,
                       BigDecimal unitPrice, BigDecimal net, BigDecimal taxRate, BigDecimal tax) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
