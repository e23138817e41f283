package io.orderflow.platform.api.sequence;

import java.sql.Connection;
import org.osgi.annotation.versioning.ProviderType;

/** Hands out yearly document numbers ({@code SO-2026-000123}), unique under concurrency and without gaps. */
@ProviderType
public interface NumberSequences {

    /**
     * The next number of {@code prefix} for {@code year}, taken inside the caller's transaction: if the caller rolls
     * back, the number is handed out again. Concurrent callers of the same prefix and year wait for each other.
     *
     * @param prefix upper-case letters, e.g. {@code SO}
     * @throws IllegalArgumentException when the prefix is not 1-8 upper-case letters
     * @throws IllegalStateException    wrapping the SQL failure
     */
    String next(Connection transaction, String prefix, int year);
}
