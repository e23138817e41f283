package io.orderflow.warehouse.internal;

import io.orderflow.platform.api.jpa.DepartmentDatabase;
import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.tx.Retry;
import io.orderflow.platform.api.tx.Transactions;
import org.apache.aries.jpa.template.JpaTemplate;

/**
 * The WAREHOUSE schema and its persistence unit; construction first brings the schema up to the scripts this bundle
 * ships. A plain object, not a service: each component that works on the schema builds its own from its references
 * (it holds no state but the template, and the platform's migrations run each script once and make concurrent runs
 * wait their turn, so a second instance finds the schema up to date).
 */
public final class WarehouseDatabase extends DepartmentDatabase {

    public static final String SCHEMA = "WAREHOUSE";
    /** The target of a component's {@code JpaTemplate} reference: this bundle's persistence unit. */
    public static final String UNIT = "(osgi.unit.name=orderflow-warehouse-transfer)";
    /** Stock is contended by design: more attempts after a lock timeout or a deadlock than elsewhere. */
    private static final Retry RETRY = Retry.firstInsert(8);

    public WarehouseDatabase(JpaTemplate jpa, SchemaMigrations migrations, Transactions transactions) {
        super(jpa, migrations, transactions, SCHEMA, WarehouseDatabase.class, RETRY);
    }
}
