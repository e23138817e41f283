package io.orderflow.finance.api.event;

import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A credit note was issued: it reverses lines (and perhaps the freight) of one invoice of the order, in the invoice's
 * currency. The aggregate id is the order's number, as for {@code finance/INVOICE_ISSUED}.
 *
 * @param creditNote its number, {@code CN-2026-000123}, gap-free per year
 * @param lines      what it reverses of each invoice line, at its unit price and tax rate; net and tax each
 *                   rounded once
 * @param freight    the freight reversed, null when not; its tax in {@code freightTax}
 * @param net        the lines' and freight's net, added up
 * @param tax        their tax, added up
 * @param total      net plus tax
 */
public record CreditNoteIssued(@Required String creditNote, @Required String invoice, @Required String customerId,
                               @Required LocalDate issuedOn, @Required String currency, @Required String reason,
                               @Required List<InvoiceIssued.Line> lines, BigDecimal freight, BigDecimal freightTax,
                               @Required BigDecimal net, @Required BigDecimal tax, @Required BigDecimal total)
        implements EventPayload {

    public static final String TYPE = "finance/CREDIT_NOTE_ISSUED";

    @Override
    public String eventType() {
        return TYPE;
    }
}
