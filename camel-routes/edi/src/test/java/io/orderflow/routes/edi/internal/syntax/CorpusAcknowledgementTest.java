package io.orderflow.routes.edi.internal.syntax;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.routes.edi.internal.partner.Acknowledgement;
import io.orderflow.routes.edi.internal.partner.Delimiters;
import io.orderflow.routes.edi.internal.partner.DuplicatePolicy;
import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.partner.Standard;
import io.orderflow.routes.edi.internal.partner.Strictness;
import io.orderflow.routes.edi.internal.partner.Transport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file of our reading corpus with the acknowledgement it gets: a TA1 (X12) or CONTRL (EDIFACT) refusing its
 * envelope, else a 997 or CONTRL set by set. Syntax alone decides here; mapping and sales come in the flows.
 */
class CorpusAcknowledgementTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 9, 0);

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("x12-no-final-terminator.edi", Strictness.LENIENT, List.of("AK2*850*0001", "AK5*A",
                        "AK9*A*1*1*1")),
                Arguments.of("x12-utf8-section-terminator.edi", Strictness.STRICT, List.of("AK5*A", "AK9*A*1*1*1")),
                Arguments.of("x12-control-character-delimiters.edi", Strictness.STRICT, List.of("AK5*A",
                        "AK9*A*1*1*1")),
                Arguments.of("x12-wrapped-80.edi", Strictness.STRICT, List.of("AK5*A", "AK9*A*1*1*1")),
                Arguments.of("x12-003040-older-version.edi", Strictness.STRICT, List.of("AK5*A", "AK9*A*1*1*1")),
                Arguments.of("x12-005010-repetition-separator.edi", Strictness.STRICT, List.of("AK5*A",
                        "AK9*A*1*1*1")),
                Arguments.of("x12-unknown-standard-segments.edi", Strictness.LENIENT, List.of("AK5*A", "AK9*A*1*1*1")),
                Arguments.of("x12-unknown-standard-segments.edi", Strictness.STRICT, List.of("AK3*ZZZ*6**6", "AK5*R*5",
                        "AK9*R*1*1*0")),
                Arguments.of("x12-unused-envelope-codes.edi", Strictness.LENIENT, List.of("AK5*A", "AK9*A*1*1*1")),
                Arguments.of("x12-unused-envelope-codes.edi", Strictness.STRICT, List.of("TA1*000000731*261201*0815*R"
                        + "*010")),
                Arguments.of("x12-bad-interchange-date.edi", Strictness.LENIENT, List.of("TA1*000000731*261341*0815*R"
                        + "*014")),
                Arguments.of("x12-bad-group-date.edi", Strictness.LENIENT, List.of("AK2*850*0001", "AK9*R*1*1*0")),
                Arguments.of("edifact-unoa-lowercase.edi", Strictness.LENIENT, List.of("UCI+731+5412345000013:14"
                        + "+5498765000026:14+7")),
                Arguments.of("edifact-unoa-lowercase.edi", Strictness.STRICT, List.of("UCM+1+ORDERS:D:96A:UN+4",
                        "UCS+4", "UCD+21+4")),
                Arguments.of("edifact-unow-utf8.edi", Strictness.STRICT, List.of("UCI+731+5412345000013:14"
                        + "+5498765000026:14+7")),
                Arguments.of("edifact-unknown-segment.edi", Strictness.STRICT, List.of("UCI+731+5412345000013:14"
                        + "+5498765000026:14+7")),
                Arguments.of("edifact-custom-delimiters.edi", Strictness.STRICT, List.of(
                        "UCI+731+5412345000013:14+5498765000026:14+7")),
                Arguments.of("edifact-wrapped-80.edi", Strictness.STRICT, List.of(
                        "UCI+731+5412345000013:14+5498765000026:14+7")),
                Arguments.of("edifact-interchange-count-mismatch.edi", Strictness.LENIENT, List.of(
                        "UCI+731+5412345000013:14+5498765000026:14+4+29")),
                Arguments.of("edifact-interchange-reference-mismatch.edi", Strictness.LENIENT, List.of(
                        "UCI+731+5412345000013:14+5498765000026:14+4+28")),
                Arguments.of("x12-interchange-control-mismatch.edi", Strictness.LENIENT, List.of(
                        "TA1*000000731*261201*0815*R*001")),
                Arguments.of("x12-group-count-mismatch.edi", Strictness.LENIENT, List.of("AK9*R*1*1*0*5")),
                Arguments.of("edifact-no-una-no-final-terminator.edi", Strictness.LENIENT, List.of(
                        "UCI+731+5412345000013:14+5498765000026:14+7")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("corpus")
    void answersEachCorpusFileAsTheStandardSays(String name, Strictness strictness, List<String> expected)
            throws Exception {
        Interchange read = new EdiReader().read(corpus(name), strictness).get(0);
        boolean x12 = read.standard() == Standard.X12;
        Partner partner = new Partner("CORPUS", read.standard(), x12 ? "004010" : "D96A", "ZZ", "SENDER", "ZZ",
                "RECEIVER", "CUST-B", x12 ? Acknowledgement.X12_997 : Acknowledgement.CONTRL, true,
                DuplicatePolicy.REJECT, strictness, x12 ? Delimiters.X12 : Delimiters.EDIFACT, Transport.FOLDER, false);
        List<Verdict> verdicts = read.groups().stream().map(group -> new Verdict(group, group.sets().stream()
                .map(TransactionSet::errors).toList())).toList();
        byte[] answer = !read.errors().isEmpty() && x12
                ? Acknowledgements.ta1(partner, read, read.errors().get(0).error(), 9, NOW)
                : x12 ? Acknowledgements.x12(partner, read, verdicts, 9, NOW)
                : Acknowledgements.edifact(partner, read, verdicts, 9, NOW);
        List<String> segments = Stream.of(new String(answer, StandardCharsets.ISO_8859_1).replace("\n", "")
                .split(x12 ? "~" : "'")).toList();
        assertTrue(segments.containsAll(expected), name + " " + strictness + ": " + segments);
    }

    private static byte[] corpus(String name) throws IOException {
        try (InputStream in = CorpusAcknowledgementTest.class.getResourceAsStream("/corpus/reading/" + name)) {
            return in.readAllBytes();
        }
    }
}
