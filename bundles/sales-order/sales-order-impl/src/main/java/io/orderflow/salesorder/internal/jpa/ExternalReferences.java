package io.orderflow.salesorder.internal.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Which orders an EDI interchange gave, by partner and interchange control number (table EXTERNAL_REF). */
public final class ExternalReferences {

    private ExternalReferences() {
    }

    /** The order numbers the interchange gave, in the order of its transaction sets; empty when it is new. */
    public static List<String> ordersOf(Connection tx, String partner, String interchange) {
        try (PreparedStatement query = tx.prepareStatement("SELECT ORDER_NO FROM SALES_ORDER.EXTERNAL_REF"
                + " WHERE PARTNER = ? AND INTERCHANGE = ? ORDER BY POSITION")) {
            query.setString(1, partner);
            query.setString(2, interchange);
            List<String> numbers = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    numbers.add(rows.getString(1));
                }
            }
            return numbers;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the references of interchange " + interchange, e);
        }
    }

    /** Records that the transaction set became the order; a second record of it fails on the primary key. */
    public static void record(Connection tx, String partner, String interchange, String transactionSet, int position,
                              String orderNumber) {
        try (PreparedStatement insert = tx.prepareStatement("INSERT INTO SALES_ORDER.EXTERNAL_REF (PARTNER,"
                + " INTERCHANGE, TRANSACTION_SET, POSITION, ORDER_NO) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, partner);
            insert.setString(2, interchange);
            insert.setString(3, transactionSet);
            insert.setInt(4, position);
            insert.setString(5, orderNumber);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record transaction set " + transactionSet, e);
        }
    }
}
