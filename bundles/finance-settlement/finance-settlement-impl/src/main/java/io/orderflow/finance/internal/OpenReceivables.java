package io.orderflow.finance.internal;

import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.salesorder.api.ReceivablesService;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The open receivables sales' credit check asks for: what {@link CreditStanding} counts. */
@Component
public final class OpenReceivables implements ReceivablesService {

    private final FinanceDatabase db;

    @Activate
    public OpenReceivables(@Reference(target = FinanceDatabase.UNIT) JpaTemplate jpa,
                           @Reference SchemaMigrations migrations, @Reference Transactions transactions) {
        this.db = new FinanceDatabase(jpa, migrations, transactions);
    }

    @Override
    public Money openReceivables(String customerId, String currency, Map<String, Money> creditOrders) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        creditOrders.forEach((number, total) -> totals.put(number, total.amount()));
        return Money.ofStored(db.tx(em -> CreditStanding.owed(em, customerId, currency, totals)), currency);
    }
}
