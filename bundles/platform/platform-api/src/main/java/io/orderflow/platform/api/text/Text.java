package io.orderflow.platform.api.text;

import java.util.regex.Pattern;

/**
 * The characters text from outside may hold. A single-line field holds no control character and no line or paragraph
 * separator at all; a free-text field ({@link FreeText}) may hold tabs and line breaks besides. No field holds the bidirectional embedding, override
 * and isolate controls (U+202A–U+202E, U+2066–U+2069), which make text read differently from how it is stored, nor
 * half of a surrogate pair, which is not a character.
 */
public final class Text {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private Text() {
    }

    /**
     * What is wrong with {@code value} for a field of that kind, or null when nothing is (and for null).
     *
     * @param freeText true for a {@link FreeText} field
     */
    public static String problem(String value, boolean freeText) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains half of a surrogate pair (" + codePoint(c) + ") at position " + i;
            } else if (isBidiControl(c)) {
                return "contains the bidirectional control " + codePoint(c) + " at position " + i;
            } else if (isLineBreakOrControl(c) && !(freeText && (c == '\t' || c == '\n' || c == '\r'
                    || c == '\u2028' || c == '\u2029'))) {
                return (freeText ? "contains the control character " : "must be a single line without control"
                        + " characters; it contains ") + codePoint(c) + " at position " + i;
            }
        }
        return null;
    }

    /**
     * {@code value} as a console or log may show it: line breaks and tabs stay, every other control character,
     * bidirectional control and half surrogate is written as {@code \}{@code uXXXX}. Null stays null.
     */
    public static String printable(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder shown = null; // made only once something must be escaped
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pair) {
                if (shown != null) {
                    shown.append(c).append(value.charAt(i + 1));
                }
                i++;
            } else if (mustEscape(c)) {
                if (shown == null) {
                    shown = new StringBuilder(value.length() + 16).append(value, 0, i);
                }
                shown.append(String.format("\\u%04x", (int) c));
            } else if (shown != null) {
                shown.append(c);
            }
        }
        return shown == null ? value : shown.toString();
    }

    /**
     * A value for a cell of a CSV export that a spreadsheet shows as the text it is: a value starting with
     * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return (which a spreadsheet would run as a
     * formula) gets a leading apostrophe, unless it is a plain number such as {@code -12.50}. Null stays null.
     */
    public static String csvCell(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        if (text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    /** {@code value} as the text of an HTML element or a quoted attribute: markup characters escaped. Null reads "". */
    public static String html(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static boolean mustEscape(char c) {
        return c != '\n' && c != '\t' && (Character.getType(c) == Character.CONTROL || isBidiControl(c)
                || Character.isSurrogate(c));
    }

    private static boolean isLineBreakOrControl(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
