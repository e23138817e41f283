package io.orderflow.routes.edi.internal.outbound;

import io.orderflow.finance.api.event.InvoiceIssued;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventSubscriber;
import io.orderflow.routes.edi.internal.ledger.OrderLink;
import io.orderflow.routes.edi.internal.ledger.StoredFile;
import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.partner.Standard;
import io.orderflow.routes.edi.internal.syntax.Invoices;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a partner that switched it on ({@code invoices = true}) each invoice of its orders: an 810 or an INVOIC for
 * each {@code finance/INVOICE_ISSUED}, naming its PO, its line ids and item numbers as its order gave them, kept in
 * the ledger under the event's id and awaiting the partner's 997 / CONTRL like a dispatch advice.
 */
@Component(service = EventSubscriber.class)
public final class InvoiceSender implements EventSubscriber {

    private static final Logger LOG = LoggerFactory.getLogger(InvoiceSender.class);

    private final PartnerOutbound outbound;
    private final EventCodec codec;

    @Activate
    public InvoiceSender(@Reference PartnerOutbound outbound, @Reference EventCodec codec) {
        this.outbound = outbound;
        this.codec = codec;
    }

    @Override
    public String subscriberId() {
        return "edi.invoices";
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(InvoiceIssued.TYPE);
    }

    @Override
    public void onEvent(DomainEvent event) {
        Optional<PartnerOutbound.Addressee> to = outbound.addressee(event.aggregateId());
        if (to.isEmpty() || !to.get().partner().invoices()) {
            return;
        }
        Partner partner = to.get().partner();
        InvoiceIssued issued = codec.payload(event, InvoiceIssued.class);
        Invoices.Invoice invoice = invoice(event.aggregateId(), issued, partner, to.get().link());
        boolean x12 = partner.standard() == Standard.X12;
        String type = x12 ? "810" : "INVOIC";
        StoredFile file = outbound.send(partner, event, type, x12 ? partner.version() : Invoices.INVOIC_DIRECTORY,
                (control, now) -> Invoices.write(partner, invoice, control, now));
        LOG.info("EDI partner {}: {} {} for invoice {} of order {}", partner.id(), type, file.name(),
                issued.invoice(), event.aggregateId());
    }

    /** The invoice as the partner knows its order: its PO and line ids as its order gave them. */
    private static Invoices.Invoice invoice(String orderNumber, InvoiceIssued issued, Partner partner,
                                            OrderLink link) {
        List<Invoices.Line> lines = issued.lines().stream().map(line -> new Invoices.Line(link.lineId(line.lineNo()),
                link.items(line.lineNo()), line.productCode(), line.specification(), line.quantity(), line.unit(),
                line.unitPrice(), line.net(), line.taxRate(), line.tax())).toList();
        return new Invoices.Invoice(issued.invoice(), orderNumber, link.customerPo(), issued.shipment(),
                issued.customerId(), partner.ourId(), issued.issuedOn(), issued.dueOn(), issued.terms(),
                issued.currency(), lines, issued.freight(), issued.freightTax(), issued.net(), issued.tax(),
                issued.total());
    }
}
