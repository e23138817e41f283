package io.orderflow.salesorder.internal.review;

import io.orderflow.platform.api.sql.SqlFailures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Sales' own row per customer (SALES_ORDER.CUSTOMER_CREDIT), locked by a credit check until its transaction ends:
 * customers live in master data, which sales does not lock, and two approvals for one customer must still be checked
 * one after the other.
 */
final class CreditLocks {

    private CreditLocks() {
    }

    /** Locks the customer's row in the caller's transaction, creating it the first time. */
    static void lock(Connection transaction, String customerId) {
        try {
            if (touch(transaction, customerId) == 0) {
                try (PreparedStatement insert = transaction.prepareStatement(
                        "INSERT INTO SALES_ORDER.CUSTOMER_CREDIT (CUSTOMER_ID, CHECKED_AT) VALUES (?, CURRENT_TIMESTAMP)")) {
                    insert.setString(1, customerId);
                    insert.executeUpdate();
                } catch (SQLException e) {
                    if (!SqlFailures.isDuplicateKey(e)) {
                        throw e;
                    }
                    touch(transaction, customerId); // another check made the row first: wait for it
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lock the credit of customer " + customerId, e);
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
