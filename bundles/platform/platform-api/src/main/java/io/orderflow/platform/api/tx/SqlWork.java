package io.orderflow.platform.api.tx;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with plain JDBC on a transaction's connection, which it must neither commit nor close. */
@FunctionalInterface
public interface SqlWork<T> {

    T apply(Connection transaction) throws SQLException;
}
