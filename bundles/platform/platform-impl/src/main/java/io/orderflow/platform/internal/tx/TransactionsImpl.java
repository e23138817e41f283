package io.orderflow.platform.internal.tx;

import io.orderflow.platform.api.tx.Retry;
import io.orderflow.platform.api.tx.SqlWork;
import io.orderflow.platform.api.tx.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The one transaction runner: its SQL states are those of the database behind the Orderflow data source. */
@Component(service = Transactions.class)
public final class TransactionsImpl implements Transactions {

    private final DataSource dataSource;
    private final SqlStates states;

    @Activate
    public TransactionsImpl(@Reference(target = "(osgi.jndi.service.name=orderflow)") DataSource dataSource) {
        this(dataSource, productName(dataSource));
    }

    TransactionsImpl(DataSource dataSource, String databaseProductName) {
        this.dataSource = dataSource;
        this.states = SqlStates.of(databaseProductName);
    }

    @Override
    public <T> T run(Retry retry, Supplier<T> transaction) {
        boolean insertedByAnother = false;
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                boolean again = attempt < retry.attempts() && states.isTransient(e);
                if (!again && retry.firstInsert() && !insertedByAnother && states.isDuplicateKey(e)) {
                    insertedByAnother = again = true; // the next attempt finds the row; a second duplicate is real
                }
                if (!again) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    @Override
    public <T> T run(Retry retry, Supplier<T> transaction, Supplier<T> storedByAnother) {
        try {
            return run(retry, transaction);
        } catch (RuntimeException e) {
            if (!states.isDuplicateKey(e)) {
                throw e;
            }
            return storedByAnother.get();
        }
    }

    @Override
    public <T> T jdbc(Retry retry, SqlWork<T> work) {
        return run(retry, () -> once(work));
    }

    @Override
    public <T> T insertOrElse(Connection transaction, SqlWork<T> insert, SqlWork<T> onDuplicate) {
        try {
            // a refused insert must not spoil the caller's transaction (PostgreSQL would abort it whole)
            Savepoint beforeInsert = transaction.setSavepoint();
            try {
                return insert.apply(transaction);
            } catch (SQLException e) {
                if (!states.isDuplicateKey(e)) {
                    throw e;
                }
                transaction.rollback(beforeInsert);
            }
            return onDuplicate.apply(transaction);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private <T> T once(SqlWork<T> work) {
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
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void pause(int attempt) {
        try {
            // a little longer each time, with jitter, so that colliding transactions do not collide again
            Thread.sleep(10L * attempt + ThreadLocalRandom.current().nextLong(10L * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a transaction", e);
        }
    }

    private static String productName(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the Orderflow database: " + e.getMessage(), e);
        }
    }
}
