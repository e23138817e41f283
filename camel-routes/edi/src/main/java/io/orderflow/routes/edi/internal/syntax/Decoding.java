package io.orderflow.routes.edi.internal.syntax;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * A file's text in the character set its first interchange declares. EDIFACT names it in UNB's syntax identifier;
 * X12 names none, so its bytes are UTF-8 when they are valid UTF-8 with characters beyond ASCII, else Windows-1252
 * (what partners' tools write: its curly quotes and dashes are not control characters), else ISO-8859-1. A declared
 * character set is decoded strictly: bytes it does not define refuse the file rather than turn into a {@code ?},
 * EDIFACT's release character. Characters beyond U+FFFF (an emoji, say) refuse it too: the reader cannot take them.
 */
final class Decoding {

    /** EDIFACT syntax identifiers (UNB S001 0001) and their character sets; level A and B are subsets of ASCII. */
    private static final Map<String, String> EDIFACT = Map.ofEntries(Map.entry("UNOA", "ISO-8859-1"),
            Map.entry("UNOB", "ISO-8859-1"), Map.entry("UNOC", "ISO-8859-1"), Map.entry("UNOD", "ISO-8859-2"),
            Map.entry("UNOE", "ISO-8859-5"), Map.entry("UNOF", "ISO-8859-7"), Map.entry("UNOG", "ISO-8859-3"),
            Map.entry("UNOH", "ISO-8859-4"), Map.entry("UNOI", "ISO-8859-6"), Map.entry("UNOJ", "ISO-8859-8"),
            Map.entry("UNOK", "ISO-8859-9"), Map.entry("UNOW", "UTF-8"), Map.entry("UNOY", "UTF-8"));
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The text, and the character set it is read in. */
    record Decoded(String text, Charset charset) {
    }

    private Decoding() {
    }

    /** True for the syntax identifiers whose character set we know. */
    static boolean knows(String syntaxIdentifier) {
        return EDIFACT.containsKey(syntaxIdentifier);
    }

    static Decoded decode(byte[] content) throws EdiReader.UnreadableException {
        byte[] bytes = content.length >= 3 && Arrays.equals(content, 0, 3, BOM, 0, 3)
                ? Arrays.copyOfRange(content, 3, content.length) : content;
        String latin = new String(bytes, StandardCharsets.ISO_8859_1);
        String declared = syntaxIdentifier(latin.stripLeading());
        Decoded decoded;
        if (declared == null) {
            decoded = latin.chars().allMatch(c -> c < 0x80) ? new Decoded(latin, StandardCharsets.ISO_8859_1)
                    : firstThatReads(bytes, StandardCharsets.UTF_8, WINDOWS_1252)
                            .orElse(new Decoded(latin, StandardCharsets.ISO_8859_1));
        } else {
            Charset charset = Charset.forName(EDIFACT.getOrDefault(declared, "ISO-8859-1"));
            decoded = firstThatReads(bytes, charset).orElseThrow(() -> new EdiReader.UnreadableException(
                    "the interchange declares " + declared + " (" + charset.name() + "), but its bytes are not "
                            + charset.name()));
        }
        int beyond = decoded.text().codePoints().filter(Character::isSupplementaryCodePoint).findFirst().orElse(0);
        if (beyond != 0) {
            throw new EdiReader.UnreadableException(String.format("the file holds U+%X, a character beyond U+FFFF"
                    + " that no EDI syntax level allows", beyond));
        }
        return decoded;
    }

    private static Optional<Decoded> firstThatReads(byte[] bytes, Charset... charsets) {
        for (Charset charset : charsets) {
            try {
                return Optional.of(new Decoded(strictly(bytes, charset), charset));
            } catch (CharacterCodingException e) {
                // not this one
            }
        }
        return Optional.empty();
    }

    /** UNB's syntax identifier, after UNA's service characters when there are any; null for X12 or no UNB. */
    private static String syntaxIdentifier(String text) {
        char separator = text.startsWith("UNA") && text.length() >= 9 ? text.charAt(4) : '+';
        int unb = text.startsWith("UNA") ? text.indexOf("UNB", 9) : text.startsWith("UNB") ? 0 : -1;
        // UNB follows UNA at once, perhaps after a line break
        if (unb < 0 || unb > 16 || unb + 8 > text.length() || text.charAt(unb + 3) != separator) {
            return null;
        }
        return text.substring(unb + 4, unb + 8);
    }

    private static String strictly(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
