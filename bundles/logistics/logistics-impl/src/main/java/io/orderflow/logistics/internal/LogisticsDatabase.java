package io.orderflow.logistics.internal;

import io.orderflow.platform.api.jpa.DepartmentDatabase;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.tx.Retry;
import io.orderflow.platform.api.tx.Transactions;
import org.apache.aries.jpa.template.JpaTemplate;

/**
 * The LOGISTICS schema and its persistence unit; construction first brings the schema up to the scripts this bundle
 * ships. A plain object each component builds from its references (docs/architecture.md §5).
 */
public final class LogisticsDatabase extends DepartmentDatabase {

    public static final String SCHEMA = "LOGISTICS";
    /** The target of a component's {@code JpaTemplate} reference: this bundle's persistence unit. */
    public static final String UNIT = "(osgi.unit.name=orderflow-logistics)";
    /** An order's first shipment creates its row: two first shipments at once meet on its key. */
    private static final Retry RETRY = Retry.firstInsert(5);

    public LogisticsDatabase(JpaTemplate jpa, SchemaMigrations migrations, Transactions transactions) {
        super(jpa, migrations, transactions, SCHEMA, LogisticsDatabase.class, RETRY);
    }
}
