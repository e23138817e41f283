package io.orderflow.aftersales.internal.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.aftersales.api.CustomerReturn;
import io.orderflow.aftersales.api.EvidenceFile;
import io.orderflow.aftersales.api.ReturnDraft;
import io.orderflow.aftersales.api.ReviewDecision;
import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Set;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;

/**
 * The resource's mapping only, against a stub service: which calls reach the service with what, and how answers and
 * refusals are shaped. The service's rules (roles, steps, the configured evidence count and size) are not here.
 */
class ReturnResourceTest {

    private static final Actor REP = new Actor("rep", Set.of("sales-rep"));
    private static final String NUMBER = "RET-2026-000007";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3};

    private final StubReturns returns = new StubReturns();
    private final ReturnResource resource = new ReturnResource(returns);

    @Test
    void aRequestAnswers201WithTheReturnsAddress() {
        Response created = resource.request(new ReturnDraft("SO-2026-000001", null, null, null, List.of()), REP,
                uri("http://host/api/after-sales/returns"));
        assertEquals(201, created.getStatus());
        assertEquals(URI.create("http://host/api/after-sales/returns/" + NUMBER), created.getLocation());
        assertEquals(NUMBER, ((CustomerReturn) created.getEntity()).number());
        assertEquals(List.of("request SO-2026-000001 by rep"), returns.calls);
    }

    @Test
    void aMissingBodyIsRefusedBeforeTheService() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> resource.decide(NUMBER, null, REP));
        assertEquals(List.of(new FieldProblem("body", "a decision is required")), refused.problems());
        ValidationException noScore = assertThrows(ValidationException.class,
                () -> resource.satisfaction(NUMBER, new ReturnResource.SatisfactionBody(null, "fine"), REP));
        assertEquals("score", noScore.problems().get(0).field());
        assertEquals(List.of(), returns.calls);
    }

    @Test
    void aPathThatCannotBeAReturnIs404WithoutAskingTheService() {
        assertThrows(NotFoundException.class, () -> resource.find("SO-2026-000001"));
        assertThrows(NotFoundException.class, () -> resource.decide("RET-1", new ReviewDecision(true, null, null),
                REP));
        assertThrows(NotFoundException.class, () -> resource.evidence("../RET-2026-000007", "1"));
        assertThrows(NotFoundException.class, () -> resource.evidence(NUMBER, "first"));
        assertThrows(NotFoundException.class, () -> resource.addEvidence("x", "a.png", null,
                new ByteArrayInputStream(PNG), REP, uri("http://host/x")));
        assertEquals(List.of(), returns.calls);
    }

    @Test
    void evidenceBytesGoToTheServiceAndTheAnswerPointsAtTheNewFile() {
        returns.evidence = List.of(evidence(1, "a.pdf", "application/pdf"), evidence(2, "b.png", "image/png"));
        Response created = resource.addEvidence(NUMBER, "b.png", String.valueOf(PNG.length),
                new ByteArrayInputStream(PNG), REP, uri("http://host/api/after-sales/returns/" + NUMBER + "/evidence"));
        assertEquals(201, created.getStatus());
        assertEquals(URI.create("http://host/api/after-sales/returns/" + NUMBER + "/evidence/2"),
                created.getLocation());
        assertArrayEquals(PNG, returns.evidenceReceived);
        assertEquals(List.of("addEvidence " + NUMBER + " b.png"), returns.calls);
    }

    @Test
    void aBodyAnnouncedLargerThanTheEndpointTakesIs413Unread() {
        CountingStream body = new CountingStream(Long.MAX_VALUE);
        Response refused = resource.addEvidence(NUMBER, "big.pdf",
                String.valueOf(ReturnResource.MAX_EVIDENCE_BYTES + 1L), body, REP, uri("http://host/x"));
        assertEquals(413, refused.getStatus());
        assertEquals("payload-too-large", ((ReturnResource.Refusal) refused.getEntity()).error());
        assertEquals(0, body.read);
        assertEquals(List.of(), returns.calls);
    }

    @Test
    void aBodyLargerThanTheEndpointTakesWithoutALengthIs413ReadOneBytePastTheLimit() {
        CountingStream body = new CountingStream(50L * 1024 * 1024);
        Response refused = resource.addEvidence(NUMBER, "big.pdf", null, body, REP, uri("http://host/x"));
        assertEquals(413, refused.getStatus());
        assertEquals(ReturnResource.MAX_EVIDENCE_BYTES + 1L, body.read);
        assertEquals(List.of(), returns.calls);
    }

    @Test
    void aBodyOfExactlyTheLimitReachesTheService() {
        CountingStream body = new CountingStream(ReturnResource.MAX_EVIDENCE_BYTES);
        Response created = resource.addEvidence(NUMBER, "scan.pdf", null, body, REP, uri("http://host/x"));
        assertEquals(201, created.getStatus());
        assertEquals(ReturnResource.MAX_EVIDENCE_BYTES, returns.evidenceReceived.length);
    }

    @Test
    void evidenceIsServedAsAnAttachmentInItsStoredType() {
        returns.file = new EvidenceFile(evidence(3, "../photo\u202Egpj.exe", "image/png"), PNG);
        Response file = resource.evidence(NUMBER, "3");
        assertEquals(200, file.getStatus());
        assertEquals("image/png", file.getMediaType().toString());
        assertEquals("attachment; filename=\"photogpj.exe\"; filename*=UTF-8''photogpj.exe",
                file.getHeaderString("Content-Disposition"));
        assertArrayEquals(PNG, (byte[]) file.getEntity());
        assertEquals(List.of("evidence " + NUMBER + " 3"), returns.calls);
    }

    @Test
    void unknownEvidenceIs404() {
        assertThrows(NotFoundException.class, () -> resource.evidence(NUMBER, "9"));
    }

    @Test
    void listReadsStatusAndLimit() {
        resource.list("CLOSED", "10");
        resource.list(null, null);
        assertEquals(List.of("list CLOSED 10", "list null 50"), returns.calls);
    }

    @Test
    void unmatchedGoodsAre201() {
        Response created = resource.receiveUnmatched(new ReturnResource.UnmatchedBody("WH-SOUTH", "LED-LAMP",
                java.math.BigDecimal.valueOf(3), "no papers"), REP);
        assertEquals(201, created.getStatus());
        assertNull(created.getLocation());
        assertTrue(returns.calls.contains("receiveUnmatched WH-SOUTH LED-LAMP 3"));
    }

    private static CustomerReturn.Evidence evidence(int id, String name, String type) {
        return new CustomerReturn.Evidence(id, name, type, PNG.length, "rep", StubReturns.AT);
    }

    /** A request's URI as JAX-RS would inject it: only the absolute path is asked for. */
    private static UriInfo uri(String absolutePath) {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getAbsolutePathBuilder")) {
                        return UriBuilder.fromUri(absolutePath);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A body of {@code size} bytes that counts what was read of it. */
    private static final class CountingStream extends InputStream {
        private final long size;
        long read;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return '%';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            java.util.Arrays.fill(b, off, off + n, (byte) '%');
            read += n;
            return n;
        }
    }
}
