package io.orderflow.routes.carrier.internal.format;

import static io.orderflow.routes.carrier.internal.format.Contexts.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.routes.carrier.internal.profile.PayloadFormat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every format refuses the same way: the body is strict UTF-8 and strict JSON, its text has no controls. */
class StrictBodyTest {

    /** A valid body of the format whose description holds {@code DESC} and whose tracking number is {@code NR}. */
    private static String template(PayloadFormat format) {
        return switch (format) {
            case ORDERFLOW_JSON -> """
                    {"trackingNumber": "NR", "code": "in_transit", "time": "2026-12-08T06:10:00Z", "description": "DESC"}""";
            case EASYPOST -> """
                    {"id": "evt_1", "result": {"tracking_code": "NR", "tracking_details": [
                      {"status": "in_transit", "datetime": "2026-12-08T06:10:00Z", "message": "DESC"}]}}""";
            case AFTERSHIP -> """
                    {"msg": {"tracking_number": "NR", "checkpoints": [
                      {"checkpoint_time": "2026-12-08T06:10:00Z", "tag": "InTransit", "message": "DESC"}]}}""";
        };
    }

    private static String descriptionPath(PayloadFormat format) {
        return switch (format) {
            case ORDERFLOW_JSON -> "description";
            case EASYPOST -> "result.tracking_details[0].message";
            case AFTERSHIP -> "msg.checkpoints[0].message";
        };
    }

    private static String problem(PayloadFormat format, byte[] body) {
        return assertThrows(PayloadProblem.class,
                () -> PayloadParser.of(format).parse(body, Contexts.of(format, false))).getMessage();
    }

    private static byte[] withBytesInDescription(PayloadFormat format, int... bytes) {
        String[] parts = template(format).replace("NR", "A1").split("DESC");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(parts[0].getBytes(StandardCharsets.UTF_8));
        for (int b : bytes) {
            out.write(b);
        }
        out.writeBytes(parts[1].getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void theTemplateItselfIsRead(PayloadFormat format) {
        assertEquals("Zürich → 東京", PayloadParser.of(format).parse(
                utf8(template(format).replace("NR", "A1").replace("DESC", "Zürich → 東京")),
                Contexts.of(format, false)).get(0).description());
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void malformedUtf8IsAProblemNotAReplacementCharacter(PayloadFormat format) {
        int at = template(format).replace("NR", "A1").indexOf("DESC");
        // a lead byte without its continuation, an overlong '/', a surrogate encoded in UTF-8
        for (int[] bad : new int[][] {{0xC3, 0x28}, {0xC0, 0xAF}, {0xED, 0xA0, 0x80}}) {
            assertEquals("body: not UTF-8, a malformed byte sequence at byte " + at,
                    problem(format, withBytesInDescription(format, bad)));
        }
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void aDuplicateKeyIsRefused(PayloadFormat format) {
        String key = format == PayloadFormat.ORDERFLOW_JSON ? "trackingNumber"
                : format == PayloadFormat.EASYPOST ? "tracking_code" : "tracking_number";
        String body = template(format).replace("DESC", "x")
                .replace("\"" + key + "\": \"NR\"", "\"" + key + "\": \"A1\", \"" + key + "\": \"B2\"");
        String problem = problem(format, utf8(body));
        assertTrue(problem.startsWith("body: not strict JSON at line ") && problem.contains("Duplicate field '" + key
                + "'"), problem);
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void controlCharactersAndLoneSurrogatesInTextAreRefused(PayloadFormat format) {
        String template = template(format).replace("NR", "A1");
        assertEquals(descriptionPath(format) + ": a control character (U+0007) at 4",
                problem(format, utf8(template.replace("DESC", "Ring\\u0007bell"))));
        assertEquals(descriptionPath(format) + ": a control character (U+000A) at 5",
                problem(format, utf8(template.replace("DESC", "line1\\nline2"))));
        assertEquals(descriptionPath(format) + ": a control character (U+0085) at 0",
                problem(format, utf8(template.replace("DESC", "\\u0085"))));
        assertEquals(descriptionPath(format) + ": a lone surrogate (U+D800) at 1",
                problem(format, utf8(template.replace("DESC", "a\\ud800b"))));
        String problem = problem(format, withBytesInDescription(format, 0x01));   // not even escaped
        assertTrue(problem.startsWith("body: not strict JSON"), problem);
    }

    @ParameterizedTest
    @EnumSource(PayloadFormat.class)
    void jsonThatIsNotStrictOrTooDeepIsRefused(PayloadFormat format) {
        String body = template(format).replace("NR", "A1").replace("DESC", "x");
        assertTrue(problem(format, utf8(body + " {}")).startsWith("body: not strict JSON"));
        assertTrue(problem(format, utf8(body.replace("{", "{ // ours\n"))).startsWith("body: not strict JSON"));
        assertTrue(problem(format, utf8("\uFEFF" + body)).contains("byte order mark"));
        assertEquals("body: must be a JSON object", problem(format, utf8("[" + body + "]")));
        String deep = "[".repeat(JsonBody.MAX_DEPTH + 1) + "]".repeat(JsonBody.MAX_DEPTH + 1);
        String tooDeep = problem(format, utf8(body.replace("\"x\"", deep)));
        assertTrue(tooDeep.contains("nesting depth"), tooDeep);
        assertTrue(problem(format, new byte[JsonBody.MAX_BYTES + 1]).contains("more than the"));
    }
}
