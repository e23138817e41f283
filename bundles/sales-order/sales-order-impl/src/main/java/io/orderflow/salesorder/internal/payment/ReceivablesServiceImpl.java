package io.orderflow.salesorder.internal.payment;

import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.salesorder.api.ReceivablesService;
import io.orderflow.salesorder.internal.SalesOrderDatabase;
import io.orderflow.salesorder.internal.jpa.OrderQueries;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Open receivables as sales knows them until finance keeps the books: the totals of the customer's confirmed orders
 * on credit terms (NET), less the prepayments recorded on them. Ranked 0: finance's own service, ranked higher,
 * takes its place without a change here.
 */
@Component(service = ReceivablesService.class, property = Constants.SERVICE_RANKING + ":Integer=0")
public final class ReceivablesServiceImpl implements ReceivablesService {

    private final SalesOrderDatabase db;

    @Activate
    public ReceivablesServiceImpl(@Reference(target = SalesOrderDatabase.UNIT) JpaTemplate jpa,
                                  @Reference SchemaMigrations migrations, @Reference Transactions transactions) {
        this.db = new SalesOrderDatabase(jpa, migrations, transactions);
    }

    @Override
    public Money openReceivables(String customerId, String currency) {
        return db.tx(em -> OrderQueries.openReceivables(em, customerId, currency));
    }
}
