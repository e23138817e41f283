package io.orderflow.salesorder.internal.review;

import io.orderflow.salesorder.internal.SalesOrderDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.persistence.EntityManager;

/**
 * Sales' own row per customer (SALES_ORDER.CUSTOMER_CREDIT), locked by a credit check until its transaction ends:
 * customers live in master data, which sales does not lock, and two approvals for one customer must still be checked
 * one after the other.
 */
final class CreditLocks {

    private CreditLocks() {
    }

    /** Locks the customer's row in the caller's transaction, creating it the first time. */
    static void lock(SalesOrderDatabase db, EntityManager em, String customerId) {
        try {
            if (touch(SalesOrderDatabase.connection(em), customerId) == 0) {
                // another check making the row first: wait for its lock
                db.insertOrElse(em, tx -> insert(tx, customerId), tx -> touch(tx, customerId));
            }
        } catch (SQLException | IllegalStateException e) {
            throw new IllegalStateException("cannot lock the credit of customer " + customerId, e);
        }
    }

    private static int insert(Connection transaction, String customerId) throws SQLException {
        try (PreparedStatement insert = transaction.prepareStatement(
                "INSERT INTO SALES_ORDER.CUSTOMER_CREDIT (CUSTOMER_ID, CHECKED_AT) VALUES (?, CURRENT_TIMESTAMP)")) {
            insert.setString(1, customerId);
            return insert.executeUpdate();
        }
    }

    private static int touch(Connection transaction, String customerId) throws SQLException {
        try (PreparedStatement update = transaction.prepareStatement(
                "UPDATE SALES_ORDER.CUSTOMER_CREDIT SET CHECKED_AT = CURRENT_TIMESTAMP WHERE CUSTOMER_ID = ?")) {
            update.setString(1, customerId);
            return update.executeUpdate();
        }
    }
}
