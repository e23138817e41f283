package io.orderflow.routes.edi.internal.ledger;

import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.sql.SqlFailures;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The EDI schema: brought up to the scripts this bundle ships on activation, then reached by plain JDBC in short
 * transactions. The ledger is a handful of tables written in a fixed pattern, so JPA would add nothing.
 */
@Component(service = EdiDatabase.class)
public final class EdiDatabase {

    public static final String SCHEMA = "EDI";
    private static final int ATTEMPTS = 5;

    private final DataSource dataSource;

    @Activate
    public EdiDatabase(@Reference(target = "(osgi.jndi.service.name=orderflow)") DataSource dataSource,
                       @Reference SchemaMigrations migrations) {
        migrations.migrateShipped(SCHEMA, EdiDatabase.class);
        this.dataSource = dataSource;
    }

    /** Work done on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection tx) throws SQLException;
    }

    /** Runs {@code work} in a transaction of its own, again when it meets a deadlock or a lock timeout. */
    public <T> T tx(Work<T> work) {
        return SqlFailures.retryTransient(ATTEMPTS, () -> once(work));
    }

    private <T> T once(Work<T> work) {
        try (Connection tx = dataSource.getConnection()) {
            tx.setAutoCommit(false);
            try {
                T result = work.apply(tx);
                tx.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                tx.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("EDI ledger: " + e.getMessage(), e);
        }
    }
}
