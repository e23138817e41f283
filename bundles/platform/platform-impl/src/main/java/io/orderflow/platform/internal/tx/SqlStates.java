package io.orderflow.platform.internal.tx;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * What a database's SQLStates mean to a transaction: worth another attempt (a deadlock, a lock wait given up), or a
 * unique key that another transaction took first. Found anywhere in a failure's cause chain, as JPA wraps them.
 */
enum SqlStates {

    /** Derby: 40001 deadlock, 40XL1 lock wait timeout, 40XL2 the same reported with the lock table. */
    DERBY("Apache Derby", List.of("40001", "40XL1", "40XL2")),
    /** PostgreSQL: 40001 serialization failure, 40P01 deadlock, 55P03 lock not available. */
    POSTGRESQL("PostgreSQL", List.of("40001", "40P01", "55P03"));

    private static final String UNIQUE_VIOLATION = "23505";

    private final String productName;
    private final List<String> transientStates;

    SqlStates(String productName, List<String> transientStates) {
        this.productName = productName;
        this.transientStates = transientStates;
    }

    /** The states of the database that JDBC names {@code productName}. */
    static SqlStates of(String productName) {
        for (SqlStates database : values()) {
            if (database.productName.equalsIgnoreCase(productName)) {
                return database;
            }
        }
        throw new IllegalStateException("Orderflow does not run on " + productName + "; it knows "
                + List.of(values()).stream().map(d -> d.productName).toList());
    }

    boolean isTransient(Throwable failure) {
        String state = sqlState(failure);
        return state != null && transientStates.contains(state.toUpperCase(Locale.ROOT));
    }

    boolean isDuplicateKey(Throwable failure) {
        return UNIQUE_VIOLATION.equals(sqlState(failure));
    }

    private static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
