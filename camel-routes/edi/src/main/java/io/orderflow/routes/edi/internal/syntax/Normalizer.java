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

    /** True when the first segment (ISA or UNA/UNB) ends in a line break rather than a terminator character. */
    private static boolean newlineTerminated(String text) {
        if (text.startsWith("ISA") && text.length() > 3) {
            // ISA has 16 elements: after the 16th separator come ISA16 (one character) and the terminator.
            char separator = text.charAt(3);
            int seen = 0;
            for (int i = 3; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == separator && ++seen == 16) {
                    int terminator = skip(text, i + 2, "\r");
                    return terminator < text.length() && text.charAt(terminator) == '\n'
                            && Character.isLetter(charAfterBreaks(text, terminator));
                }
            }
            return false;
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
