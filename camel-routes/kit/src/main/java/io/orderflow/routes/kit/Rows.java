package io.orderflow.routes.kit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parameterised JDBC statements in one line each, for the route bundles' own schemas (a handful of tables written in a
 * fixed pattern, where JPA would add nothing): their SQL stays readable.
 */
public final class Rows {

    private Rows() {
    }

    /** Maps the current row. */
    @FunctionalInterface
    public interface Mapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    public static int update(Connection tx, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(tx, sql, params)) {
            return statement.executeUpdate();
        }
    }

    /** Inserts a row and answers its generated identity. */
    public static long insert(Connection tx, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = tx.prepareStatement(sql, PreparedStatement.RETURN_GENERATED_KEYS)) {
            bind(statement, params);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public static <T> List<T> list(Connection tx, String sql, Mapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(tx, sql, params); ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }
    }

    public static <T> Optional<T> one(Connection tx, String sql, Mapper<T> mapper, Object... params)
            throws SQLException {
        List<T> found = list(tx, sql, mapper, params);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static PreparedStatement prepare(Connection tx, String sql, Object... params) throws SQLException {
        PreparedStatement statement = tx.prepareStatement(sql);
        try {
            bind(statement, params);
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i] instanceof Instant instant ? Timestamp.from(instant) : params[i];
            if (value == null) {
                // Derby wants the column's own type for a null
                statement.setNull(i + 1, statement.getParameterMetaData().getParameterType(i + 1));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
