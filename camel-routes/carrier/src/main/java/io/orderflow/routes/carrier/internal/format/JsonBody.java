package io.orderflow.routes.carrier.internal.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a body as strict UTF-8 and strict JSON. Jackson's defaults already refuse comments, single quotes, NaN and
 * unescaped control characters; on top come duplicate keys, trailing content and limits on size, depth and lengths,
 * so that a hostile body costs little before it is refused.
 */
final class JsonBody {

    /** Far above any carrier's webhook; the profile's body limit (1 MiB by default) applies before this. */
    static final int MAX_BYTES = 4 * 1024 * 1024;
    static final int MAX_DEPTH = 16;
    private static final int MAX_STRING_CHARS = 64 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxStringLength(MAX_STRING_CHARS)
                            .maxNameLength(256)
                            .maxNumberLength(32)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonBody() {
    }

    /** The body's top-level object. */
    static BodyNode read(byte[] body) {
        if (body.length > MAX_BYTES) {
            throw new PayloadProblem("body: " + body.length + " bytes, more than the " + MAX_BYTES + " accepted");
        }
        String text = decode(body);
        if (text.startsWith("\uFEFF")) {
            throw new PayloadProblem("body: starts with a byte order mark, which JSON does not allow");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new PayloadProblem("body: not strict JSON"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new PayloadProblem("body: must be a JSON object");
        }
        return BodyNode.root(root);
    }

    /** Malformed UTF-8 is refused with its byte offset, never replaced by U+FFFD. */
    private static String decode(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new PayloadProblem("body: not UTF-8, a malformed byte sequence at byte " + in.position());
        }
        return out.flip().toString();
    }
}
