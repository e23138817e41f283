package io.orderflow.platform.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;

/** A fresh in-memory Derby database per test. */
public final class DerbyMemory {

    private DerbyMemory() {
    }

    public static DataSource newDatabase() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        return ds;
    }

    /** A connection with its transaction open, as a department's JPA unit hands it to the platform. */
    public static Connection transaction(DataSource ds) throws SQLException {
        Connection c = ds.getConnection();
        c.setAutoCommit(false);
        return c;
    }
}
