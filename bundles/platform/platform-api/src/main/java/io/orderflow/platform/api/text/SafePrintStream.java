package io.orderflow.platform.api.text;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A console stream that shows all text through {@link Text#printable(String)}, so that stored text cannot move the
 * operator's cursor, recolour the terminal or reorder what is shown. Shell commands print through it:
 * {@code PrintStream out = SafePrintStream.of(session.getConsole());}.
 */
public final class SafePrintStream extends PrintStream {

    private SafePrintStream(OutputStream out) {
        super(out, true, StandardCharsets.UTF_8); // Karaf's consoles are UTF-8
    }

    /** {@code console} behind the escaping; a stream that escapes already is returned as it is. */
    public static PrintStream of(PrintStream console) {
        return console instanceof SafePrintStream ? console : new SafePrintStream(console);
    }

    /** The text a command returns, escaped for the console (the shell prints a returned value as it is). */
    public static String text(Object value) {
        return value == null ? null : Text.printable(String.valueOf(value));
    }

    // PrintStream routes println, printf, format and append through these.
    @Override
    public void print(String s) {
        super.print(Text.printable(String.valueOf(s)));
    }

    @Override
    public void print(Object obj) {
        print(String.valueOf(obj));
    }

    @Override
    public void print(char c) {
        print(String.valueOf(c));
    }

    @Override
    public void print(char[] s) {
        print(new String(s));
    }
}
