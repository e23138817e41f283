package io.orderflow.masterdata.internal;

import io.orderflow.platform.api.schema.SchemaMigrations;
import java.sql.Connection;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * The MASTER_DATA schema and its persistence unit. Construction first brings the schema up to the scripts this bundle
 * ships, so no component of the bundle touches a table before it exists in the right version. A plain object, not a
 * service: each component that works on the schema builds its own from its references (it holds no state but the
 * template, and the platform's migrations run each script once and make concurrent runs wait their turn, so a second
 * instance finds the schema up to date).
 */
public final class MasterDataDatabase {

    public static final String SCHEMA = "MASTER_DATA";
    /** The target of a component's {@code JpaTemplate} reference: this bundle's persistence unit. */
    public static final String UNIT = "(osgi.unit.name=orderflow-master-data)";

    private final JpaTemplate jpa;

    public MasterDataDatabase(JpaTemplate jpa, SchemaMigrations migrations) {
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
