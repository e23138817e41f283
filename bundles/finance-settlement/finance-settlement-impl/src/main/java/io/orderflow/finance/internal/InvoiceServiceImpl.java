package io.orderflow.finance.internal;

import io.orderflow.finance.api.Invoice;
import io.orderflow.finance.api.InvoiceService;
import io.orderflow.finance.internal.domain.CurrencyRules;
import io.orderflow.finance.internal.jpa.FinanceQueries;
import io.orderflow.finance.internal.jpa.InvoiceEntity;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.tx.Transactions;
import java.util.List;
import java.util.Optional;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Issued invoices, read. */
@Component(service = InvoiceService.class)
public final class InvoiceServiceImpl implements InvoiceService {

    private final FinanceDatabase db;

    @Activate
    public InvoiceServiceImpl(@Reference(target = FinanceDatabase.UNIT) JpaTemplate jpa,
                              @Reference SchemaMigrations migrations, @Reference Transactions transactions) {
        this.db = new FinanceDatabase(jpa, migrations, transactions);
    }

    @Override
    public Optional<Invoice> invoice(String number) {
        return db.tx(em -> Optional.ofNullable(number == null ? null : em.find(InvoiceEntity.class, number))
                .map(InvoiceServiceImpl::issued));
    }

    @Override
    public List<Invoice> invoices(String orderNumber) {
        return db.tx(em -> FinanceQueries.invoices(em, orderNumber).stream().map(InvoiceServiceImpl::issued).toList());
    }

    private static Invoice issued(InvoiceEntity invoice) {
        return invoice.toInvoice(CurrencyRules.scale(invoice.currency()));
    }
}
