package io.orderflow.salesorder.internal.command;

import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.exchange.ExchangeFolder;
import java.io.IOException;
import org.apache.karaf.shell.api.console.Session;

/** Where a command's file comes from: a file of the exchange folder, or the standard input with {@code --stdin}. */
final class CommandInput {

    static final String FILE = "Name of a file in the exchange folder (orderflow.platform.exchange), not a path";
    static final String STDIN = "Read the file from the standard input instead (over OpenSSH: ssh … < file.csv)";

    private CommandInput() {
    }

    static String text(ExchangeFolder exchange, Session session, String file, boolean stdin) throws IOException {
        if (stdin == (file != null)) {
            throw new ValidationException("file", "name a file of the exchange folder, or give --stdin");
        }
        return stdin ? exchange.read(session.getKeyboard()) : exchange.read(file);
    }
}
