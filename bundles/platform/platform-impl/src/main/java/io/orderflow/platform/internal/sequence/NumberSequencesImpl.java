package io.orderflow.platform.internal.sequence;

import io.orderflow.platform.api.schema.SchemaMigrations;
import io.orderflow.platform.api.sequence.NumberSequences;
import io.orderflow.platform.api.tx.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gap-free yearly numbers. The counter row is updated in the caller's transaction, so its lock serialises
 * concurrent callers until the first one commits or rolls back.
 */
@Component(service = NumberSequences.class)
public final class NumberSequencesImpl implements NumberSequences {

    private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,8}");
    private static final String INCREMENT =
            "UPDATE PLATFORM.NUMBER_SEQUENCE SET LAST_VALUE = LAST_VALUE + 1 WHERE PREFIX = ? AND SEQ_YEAR = ?";
    private static final String READ = "SELECT LAST_VALUE FROM PLATFORM.NUMBER_SEQUENCE WHERE PREFIX = ? AND SEQ_YEAR = ?";
    private static final String START = "INSERT INTO PLATFORM.NUMBER_SEQUENCE (PREFIX, SEQ_YEAR, LAST_VALUE) VALUES (?, ?, 1)";

    private final Transactions transactions;

    /** @param schema referenced so that the PLATFORM tables exist before the first number */
    @Activate
    public NumberSequencesImpl(@Reference SchemaMigrations schema, @Reference Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public String next(Connection transaction, String prefix, int year) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("sequence prefix must be 1-8 upper-case letters, got " + prefix);
        }
        try {
            long value = increment(transaction, prefix, year);
            return String.format("%s-%d-%06d", prefix, year, value);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the next " + prefix + " number for " + year, e);
        }
    }

    private long increment(Connection c, String prefix, int year) throws SQLException {
        if (update(c, INCREMENT, prefix, year) == 0) {
            // First number of the year. A concurrent first caller makes our insert fail on the key once it commits:
            // then we increment its row instead.
            boolean started = transactions.insertOrElse(c, tx -> update(tx, START, prefix, year) == 1,
                    tx -> update(tx, INCREMENT, prefix, year) == 0);
            if (started) {
                return 1;
            }
        }
        try (PreparedStatement ps = c.prepareStatement(READ)) {
            ps.setString(1, prefix);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int update(Connection c, String sql, String prefix, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, prefix);
            ps.setInt(2, year);
            return ps.executeUpdate();
        }
    }
}
