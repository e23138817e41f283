package io.orderflow.platform.api.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void singleLineFieldsRefuseEveryControlCharacter() {
        assertNull(Text.problem("LED lamp 4000K – warm, 暖色 😀", false));
        for (String bad : new String[] {"a\u0000b", "a\u001b[31mb", "a\nb", "a\rb", "a\tb", "a\u007fb", "a\u0085b", "a\u2028b"}) {
            assertTrue(Text.problem(bad, false).startsWith("must be a single line without control characters"), bad);
        }
        assertEquals("must be a single line without control characters; it contains U+001B at position 1",
                Text.problem("a\u001b", false));
    }

    @Test
    void freeTextAllowsTabsAndLineBreaksOnly() {
        assertNull(Text.problem("line one\r\nline two\tindented", true));
        assertEquals("contains the control character U+0000 at position 4", Text.problem("note\u0000", true));
        assertEquals("contains the control character U+001B at position 0", Text.problem("\u001b[2J", true));
    }

    @Test
    void bidiControlsAndHalfSurrogatesAreRefusedEverywhere() {
        assertEquals("contains the bidirectional control U+202E at position 3", Text.problem("abc\u202Etxt.exe", true));
        assertEquals("contains the bidirectional control U+2066 at position 0", Text.problem("\u2066x", false));
        assertEquals("contains half of a surrogate pair (U+D800) at position 1", Text.problem("a\uD800b", false));
        assertEquals("contains half of a surrogate pair (U+DC00) at position 0", Text.problem("\uDC00", true));
        assertNull(Text.problem(null, false));
    }

    @Test
    void printableEscapesWhatACouldMisleadATerminal() {
        String plain = "plain 😀 text\nnext\tline";
        assertSame(plain, Text.printable(plain));
        assertEquals("red \\u001b[31m bell \\u0007 nul \\u0000 cr \\u000d \\u202e 😀 half \\ud800",
                Text.printable("red \u001b[31m bell \u0007 nul \u0000 cr \r \u202E 😀 half \uD800"));
        assertNull(Text.printable(null));
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreNeutralised() {
        assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", Text.csvCell("=HYPERLINK(\"http://evil\",\"x\")"));
        for (String formula : new String[] {"+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
            assertEquals("'" + formula, Text.csvCell(formula));
        }
        assertEquals("-12.50", Text.csvCell("-12.50"));
        assertEquals("+3", Text.csvCell("+3"));
        assertEquals("LED-LAMP", Text.csvCell("LED-LAMP"));
        assertEquals("42", Text.csvCell(42));
        assertNull(Text.csvCell(null));
        assertEquals("", Text.csvCell(""));
    }

    @Test
    void aSafeStreamEscapesPrintPrintlnAndPrintf() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = SafePrintStream.of(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        out.print("a\u001bb ");
        out.println('\u0007');
        out.printf("%s|%5s|%n", "x\u0000", 42);
        out.print(new StringBuilder("\u202Eobj"));
        assertEquals("a\\u001bb \\u0007\nx\\u0000|   42|\n\\u202eobj", bytes.toString(StandardCharsets.UTF_8));
        assertSame(out, SafePrintStream.of(out));
    }

    @Test
    void htmlEscapesMarkupSoThatAFieldCannotBecomeAnElement() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;", Text.html("<script>alert('x')</script> & \""));
        assertEquals("", Text.html(null));
        assertEquals("12", Text.html(12));
    }
}
