package io.orderflow.routes.edi.internal.syntax;

/**
 * Takes out line breaks that are not part of the data: CR or LF after segment terminators, and the breaks of files
 * hard-wrapped at a fixed width. A file whose segment terminator is itself a line break is left as it is.
 * Everything else (delimiters, control counts) is StAEDI's business.
 */
public final class Normalizer {

    private Normalizer() {
    }

    /** The text without the line breaks, unless they terminate segments. */
    public static String normalize(String text) {
        String start = text.stripLeading();
        if (newlineTerminated(start)) {
            return start;
        }
        StringBuilder out = new StringBuilder(start.length());
        for (int i = 0; i < start.length(); i++) {
            char c = start.charAt(i);
            if (c != '\r' && c != '\n') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The text ending in the segment terminator its first header declares: partners' tools often leave the last one
     * out, and nothing else can follow the final trailer.
     */
    public static String terminated(String text) {
        String end = text.stripTrailing();
        if (newlineTerminated(text)) {
            // the last line's break, often left out
            return end + (text.contains("\r\n") ? "\r\n" : text.contains("\n") ? "\n" : "\r");
        }
        char terminator = terminator(text);
        if (end.isEmpty() || end.charAt(end.length() - 1) == terminator) {
            return text;
        }
        return end + terminator;
    }

    /** ISA's terminator follows ISA16; EDIFACT's is UNA's sixth service character, else the apostrophe. */
    private static char terminator(String text) {
        if (text.startsWith("ISA") && text.length() > 3) {
            int at = afterSixteenthSeparator(text);
            return at + 1 < text.length() ? text.charAt(at + 1) : '~';
        }
        return text.startsWith("UNA") && text.length() >= 9 ? text.charAt(8) : '\'';
    }

    /** Where ISA16 is: ISA has 16 elements, so ISA16 (one character) follows the 16th separator. */
    private static int afterSixteenthSeparator(String text) {
        char separator = text.charAt(3);
        int seen = 0;
        for (int i = 3; i < text.length(); i++) {
            if (text.charAt(i) == separator && ++seen == 16) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** True when the first segment (ISA or UNA/UNB) ends in a line break rather than a terminator character. */
    private static boolean newlineTerminated(String text) {
        if (text.startsWith("ISA") && text.length() > 3) {
            int terminator = afterSixteenthSeparator(text) + 1;
            return terminator < text.length() && (text.charAt(terminator) == '\n' || text.charAt(terminator) == '\r')
                    && Character.isLetter(charAfterBreaks(text, terminator));
        }
        if (text.startsWith("UNA") && text.length() >= 9) {
            char terminator = text.charAt(8);
            return terminator == '\n' || terminator == '\r';
        }
        return false;
    }

    private static int skip(String text, int from, String chars) {
        int i = from;
        while (i < text.length() && chars.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static char charAfterBreaks(String text, int from) {
        int i = skip(text, from, "\r\n");
        return i < text.length() ? text.charAt(i) : ' ';
    }
}
