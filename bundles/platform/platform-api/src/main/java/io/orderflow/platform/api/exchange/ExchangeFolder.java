package io.orderflow.platform.api.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The folder (PID {@code orderflow.platform.exchange}, {@code ${karaf.data}/exchange} by default) where shell
 * commands read and write files, so that a command never touches a path of the server a user names. A file is named
 * by a plain name: letters, digits, {@code .}, {@code -} and {@code _}, not starting with a dot, at most 128
 * characters; never a path. Links are never followed, and a refusal never tells whether a file exists outside the
 * folder.
 */
@ProviderType
public interface ExchangeFolder {

    /** The folder, to tell users where to put files. */
    Path location();

    /**
     * The whole file as text.
     *
     * @throws io.orderflow.platform.api.error.ValidationException (field {@code file}) when the name is not a plain
     *         name, or the file is missing, not a regular file (a link, a folder), larger than the folder's limit or
     *         not UTF-8
     */
    String read(String name);

    /**
     * The file {@code name}, or, when no name is given, the whole of {@code standardInput} as text, within the same
     * limit and checks: for a command given its input on standard input (over OpenSSH,
     * {@code ssh … sales-order:import-orders --stdin < orders.csv}; Karaf's own client gives commands an empty one).
     *
     * @param standardInput null when the command reads a file
     * @throws io.orderflow.platform.api.error.ValidationException (field {@code file}) when neither or both are given,
     *         as for {@link #read(String)}, and when the standard input is empty
     */
    String read(String name, InputStream standardInput) throws IOException;

    /**
     * Writes a file as a whole: the content goes to a new temporary file first, which then replaces any file of that
     * name at once, so that a reader never sees half of it and a link of that name is replaced, not followed.
     *
     * @return where the file is
     * @throws io.orderflow.platform.api.error.ValidationException (field {@code file}) when the name is not a plain
     *         name
     * @throws IOException when writing fails; nothing of the new content is left
     */
    Path write(String name, Content content) throws IOException;

    /** Writes the content of a file. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }
}
