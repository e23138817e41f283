package io.orderflow.aftersales.internal.rest;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * How a stored file is handed back: always as an attachment (never shown inline, so a crafted PDF or image cannot
 * act as a page of ours), in one of the types evidence may have, under a name no browser or shell can misread.
 */
final class Attachments {

    static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "application/pdf");

    private static final String OCTET_STREAM = "application/octet-stream";
    // RFC 8187 attr-char besides letters and digits: what may stand unescaped in filename*=
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";
    private static final int MAX_NAME = 100;

    private Attachments() {
    }

    /** The stored type when it is one evidence may have, else plain bytes. */
    static String contentType(String stored) {
        return stored != null && TYPES.contains(stored) ? stored : OCTET_STREAM;
    }

    /**
     * {@code attachment; filename="…"; filename*=UTF-8''…}: an ASCII name for old clients and the exact name for the
     * others, both from {@link #safeName}.
     */
    static String contentDisposition(String filename, String fallback) {
        String name = safeName(filename, fallback);
        StringBuilder ascii = new StringBuilder(name.length());
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + percentEncoded(name);
    }

    /**
     * The file's own name: its last path segment, without control, format (bidirectional) or separator characters and
     * without leading dots, at most {@value #MAX_NAME} characters; {@code fallback} when nothing is left.
     */
    static String safeName(String filename, String fallback) {
        if (filename == null) {
            return fallback;
        }
        String last = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(last.length());
        last.codePoints().filter(Attachments::harmless).forEach(kept::appendCodePoint);
        String name = kept.toString().strip().replaceFirst("^\\.+", "");
        if (name.isEmpty()) {
            return fallback;
        }
        return name.codePointCount(0, name.length()) <= MAX_NAME ? name
                : name.substring(0, name.offsetByCodePoints(0, MAX_NAME));
    }

    private static boolean harmless(int c) {
        int type = Character.getType(c);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR && type != Character.SURROGATE
                && type != Character.PRIVATE_USE && type != Character.UNASSIGNED && c != ';' && c != '"';
    }

    private static String percentEncoded(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
