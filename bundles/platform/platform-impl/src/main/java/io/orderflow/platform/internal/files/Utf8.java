package io.orderflow.platform.internal.files;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8: the JDK's decoder reporting, not replacing, malformed input, which covers overlong forms (such as
 * {@code C0 AF} for '/') and encoded surrogates. A leading byte order mark is dropped.
 */
public final class Utf8 {

    private Utf8() {
    }

    /** Thrown for bytes that are not UTF-8; the message names the offset of the first bad byte. */
    public static final class NotUtf8Exception extends Exception {
        private static final long serialVersionUID = 1L;

        NotUtf8Exception(long offset) {
            super("is not valid UTF-8 (byte " + offset + ")");
        }
    }

    public static String decode(byte[] bytes) throws NotUtf8Exception {
        return decode(bytes, bytes.length);
    }

    /** The first {@code length} bytes of {@code bytes} as text. */
    public static String decode(byte[] bytes, int length) throws NotUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new NotUtf8Exception(in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new NotUtf8Exception(in.position());
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
