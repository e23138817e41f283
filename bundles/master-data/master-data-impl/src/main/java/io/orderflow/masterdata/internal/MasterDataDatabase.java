package io.orderflow.masterdata.internal;

import io.orderflow.platform.api.schema.SchemaMigrations;
import java.sql.Connection;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The MASTER_DATA schema and its persistence unit. Activation first brings the schema up to the scripts this bundle
 * ships, so no component of the bundle touches a table before it exists in the right version.
 */
@Component(service = MasterDataDatabase.class)
public final class MasterDataDatabase {

    public static final String SCHEMA = "MASTER_DATA";

    private final JpaTemplate jpa;

    @Activate
    public MasterDataDatabase(@Reference(target = "(osgi.unit.name=orderflow-master-data)") JpaTemplate jpa,
                              @Reference SchemaMigrations migrations) {
        migrations.migrateShipped(SCHEMA, MasterDataDatabase.class);
        this.jpa = jpa;
    }

    /** Runs {@code work} in a transaction; a runtime exception rolls it back and is rethrown. */
    public <T> T tx(EmFunction<T> work) {
        return jpa.txExpr(TransactionType.Required, work);
    }

    /** The JDBC connection of the transaction, for the platform's audit trail. Never close it. */
    public static Connection connection(EntityManager em) {
        return em.unwrap(Connection.class);
    }
}
