package io.orderflow.aftersales.internal;

import io.orderflow.platform.api.jpa.DepartmentDatabase;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.tx.Retry;
import io.orderflow.platform.api.tx.Transactions;
import org.apache.aries.jpa.template.JpaTemplate;

/**
 * The AFTER_SALES schema and its persistence unit; construction first brings the schema up to the scripts this
 * bundle ships. A plain object each component builds from its references (docs/architecture.md §5).
 */
public final class AfterSalesDatabase extends DepartmentDatabase {

    public static final String SCHEMA = "AFTER_SALES";
    /** The target of a component's {@code JpaTemplate} reference: this bundle's persistence unit. */
    public static final String UNIT = "(osgi.unit.name=orderflow-after-sales)";
    /** A shipment's line is followed once: a redelivery meets the first on its key. */
    private static final Retry RETRY = Retry.firstInsert(5);

    public AfterSalesDatabase(JpaTemplate jpa, SchemaMigrations migrations, Transactions transactions) {
        super(jpa, migrations, transactions, SCHEMA, AfterSalesDatabase.class, RETRY);
    }
}
