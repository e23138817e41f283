package io.orderflow.salesorder.internal;

import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.tx.Transactions;
import io.orderflow.salesorder.api.RecordedPrepayments;
import io.orderflow.salesorder.internal.jpa.PrepaymentEntity;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The prepayments sales recorded before finance kept the payments, for finance's one-time import. */
@Component
public final class RecordedPrepaymentsImpl implements RecordedPrepayments {

    private final SalesOrderDatabase db;

    @Activate
    public RecordedPrepaymentsImpl(@Reference(target = SalesOrderDatabase.UNIT) JpaTemplate jpa,
                                   @Reference SchemaMigrations migrations, @Reference Transactions transactions) {
        this.db = new SalesOrderDatabase(jpa, migrations, transactions);
    }

    @Override
    public List<Recorded> recorded() {
        return db.tx(em -> em.createQuery("select p, o.customerId from PrepaymentEntity p, SalesOrderEntity o"
                        + " where o.number = p.orderNumber order by p.id", Object[].class).getResultStream()
                .map(row -> {
                    PrepaymentEntity p = (PrepaymentEntity) row[0];
                    return new Recorded(p.id(), p.orderNumber(), (String) row[1], Money.ofStored(p.amount(),
                            p.currency()), p.reference(), p.receivedAt(), p.recordedBy());
                }).toList());
    }
}
