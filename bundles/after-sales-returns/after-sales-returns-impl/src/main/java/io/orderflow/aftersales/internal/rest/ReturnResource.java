package io.orderflow.aftersales.internal.rest;

import io.orderflow.aftersales.api.CustomerReturn;
import io.orderflow.aftersales.api.EvidenceFile;
import io.orderflow.aftersales.api.InspectionDraft;
import io.orderflow.aftersales.api.ReceiptDraft;
import io.orderflow.aftersales.api.RemedyDraft;
import io.orderflow.aftersales.api.ReturnDraft;
import io.orderflow.aftersales.api.ReturnService;
import io.orderflow.aftersales.api.ReviewDecision;
import io.orderflow.aftersales.api.UnmatchedReceipt;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.rest.BinaryBody;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.text.FreeText;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.apache.cxf.jaxrs.ext.multipart.Attachment;
import org.apache.cxf.jaxrs.ext.multipart.ContentDisposition;
import org.apache.cxf.jaxrs.ext.multipart.Multipart;

/**
 * Customer returns under {@code /api/after-sales}, step by step. Any business role may call; which role may take
 * which step is the service's to say (403), as is whether the return is at that step (409). A path whose number
 * cannot be a return's answers 404 without asking the service. The resource shares the root "/" with
 * {@link DefectResource} and spells out its full paths, so that JAX-RS chooses among the methods of both.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class ReturnResource {

    /**
     * The most an evidence upload may send: what the evidence column holds (BLOB(16M)). The service's configured
     * size per file (10 MiB by default) is checked below it; a body above it is refused unread.
     */
    static final int MAX_EVIDENCE_BYTES = 16 * 1024 * 1024;

    /** {@code {"score":4,"comment":"replacement came quickly"}}. */
    public record SatisfactionBody(Integer score, @FreeText String comment) {
    }

    /** {@code {"reason":"…"}}. */
    public record ReasonBody(@FreeText String reason) {
    }

    /** {@code {"warehouse":"WH-SOUTH","productCode":"LED-LAMP","quantity":"3","note":"no papers, sender ACME"}}. */
    public record UnmatchedBody(String warehouse, String productCode, BigDecimal quantity, @FreeText String note) {
    }

    /** The error body of a refusal the resource answers itself, shaped like the platform's. */
    public record Refusal(String error, String message) {
    }

    private final ReturnService returns;

    ReturnResource(ReturnService returns) {
        this.returns = returns;
    }

    /**
     * {@code {"orderNumber":"SO-2026-000001","reason":"QUALITY_DEFECT","description":"lamps flicker",
     * "remedy":"EXCHANGE","lines":[{"lineNo":1,"quantity":"5"}]}}: 201 with the return and its address.
     */
    @POST
    @Path("/returns")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public Response request(ReturnDraft draft, @Context Actor actor, @Context UriInfo uri) {
        CustomerReturn requested = returns.request(required(draft, "a return"), actor);
        return Response.created(uri.getAbsolutePathBuilder().path(requested.number()).build()).entity(requested)
                .build();
    }

    /** {@code ?status=REQUESTED&limit=50}: newest first; every status when none is given. */
    @GET
    @Path("/returns")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<CustomerReturn> list(@QueryParam("status") String status, @QueryParam("limit") String limit) {
        return returns.list(RestInput.status(status), RestInput.limit(limit));
    }

    /** Authorised returns whose goods are overdue, oldest first. */
    @GET
    @Path("/returns/overdue-receipts")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<CustomerReturn> overdueReceipts() {
        return returns.overdueReceipts();
    }

    @GET
    @Path("/returns/{number}")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public CustomerReturn find(@PathParam("number") String number) {
        String checked = RestInput.returnNumber(number);
        return returns.find(checked).orElseThrow(() -> new NotFoundException("no return " + checked));
    }

    /**
     * The file's bytes as the body (JPEG, PNG or PDF, told by its content), its name in {@code ?filename=}: 201 with
     * the return and the new file's address; 413 for a body larger than {@link #MAX_EVIDENCE_BYTES}.
     */
    @POST
    @Path("/returns/{number}/evidence")
    @Consumes({"image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @BinaryBody
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public Response addEvidence(@PathParam("number") String number, @QueryParam("filename") String filename,
                                @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length, InputStream body,
                                @Context Actor actor, @Context UriInfo uri) {
        String checked = RestInput.returnNumber(number);
        byte[] content = declaredTooLarge(length) ? null : readAtMost(body, MAX_EVIDENCE_BYTES);
        if (content == null) {
            return tooLarge();
        }
        return kept(checked, filename, content, actor, uri);
    }

    /**
     * The same as a multipart form (what a browser's file input sends): the part {@code file}, its name from its
     * {@code filename}; the platform parses at most 16 MiB of it and four parts before this method runs.
     */
    @POST
    @Path("/returns/{number}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @BinaryBody
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public Response addEvidenceForm(@PathParam("number") String number, @Multipart(value = "file",
            required = false) Attachment file, @Context Actor actor, @Context UriInfo uri) throws IOException {
        String checked = RestInput.returnNumber(number);
        if (file == null) {
            throw new ValidationException("file", "is required: the form's part named file");
        }
        ContentDisposition disposition = file.getContentDisposition();
        byte[] content = readAtMost(file.getDataHandler().getInputStream(), MAX_EVIDENCE_BYTES);
        if (content == null) {
            return tooLarge();
        }
        return kept(checked, disposition == null ? null : disposition.getParameter("filename"), content, actor, uri);
    }

    private Response kept(String number, String filename, byte[] content, Actor actor, UriInfo uri) {
        CustomerReturn kept = returns.addEvidence(number, filename, content, actor);
        Response.ResponseBuilder created = Response.status(Response.Status.CREATED).entity(kept);
        // the file just kept is the newest of the return's
        kept.evidence().stream().max(Comparator.comparingInt(CustomerReturn.Evidence::id)).ifPresent(evidence ->
                created.location(uri.getAbsolutePathBuilder().path(String.valueOf(evidence.id())).build()));
        return created.build();
    }

    private static Response tooLarge() {
        return Response.status(413).type(MediaType.APPLICATION_JSON_TYPE).entity(new Refusal("payload-too-large",
                "an evidence file may have at most " + MAX_EVIDENCE_BYTES + " bytes")).build();
    }

    /** The file as uploaded, as an attachment in its sniffed type. */
    @GET
    @Path("/returns/{number}/evidence/{id}")
    @Produces({"image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_OCTET_STREAM,
            MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public Response evidence(@PathParam("number") String number, @PathParam("id") String id) {
        String checked = RestInput.returnNumber(number);
        NotFoundException none = new NotFoundException(checked + " has no evidence file " + id);
        if (!id.matches("\\d{1,9}")) {
            throw none;
        }
        EvidenceFile file = returns.evidence(checked, Integer.parseInt(id)).orElseThrow(() -> none);
        return Response.ok(file.content(), Attachments.contentType(file.evidence().contentType()))
                .header("Content-Disposition", Attachments.contentDisposition(file.evidence().filename(),
                        "evidence-" + file.evidence().id()))
                .build();
    }

    /** {@code {"approve":true,"companyQuality":true,"reason":"LED driver fault, known batch"}}. */
    @POST
    @Path("/returns/{number}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public CustomerReturn decide(@PathParam("number") String number, ReviewDecision decision,
                                 @Context Actor actor) {
        return returns.decide(RestInput.returnNumber(number), required(decision, "a decision"), actor);
    }

    /** {@code {"warehouse":"WH-SOUTH","lines":[{"lineNo":1,"quantity":"3"}]}}. */
    @POST
    @Path("/returns/{number}/receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public CustomerReturn receive(@PathParam("number") String number, ReceiptDraft receipt, @Context Actor actor) {
        return returns.receive(RestInput.returnNumber(number), required(receipt, "a receipt"), actor);
    }

    /**
     * {@code {"lines":[{"lineNo":1,"quantity":"2","cause":"COMPANY_QUALITY","disposition":"REWORK"},
     * {"lineNo":1,"quantity":"1","cause":"TRANSIT_DAMAGE","disposition":"SCRAP","reason":"housing cracked"}]}}.
     */
    @POST
    @Path("/returns/{number}/inspections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public CustomerReturn inspect(@PathParam("number") String number, InspectionDraft inspection,
                                  @Context Actor actor) {
        return returns.inspect(RestInput.returnNumber(number), required(inspection, "an inspection"), actor);
    }

    /** {@code {"lines":[{"lineNo":1,"remedy":"EXCHANGE","quantity":"2"}]}}. */
    @POST
    @Path("/returns/{number}/remedies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public CustomerReturn fixRemedies(@PathParam("number") String number, RemedyDraft remedies,
                                      @Context Actor actor) {
        return returns.fixRemedies(RestInput.returnNumber(number), required(remedies, "remedies"), actor);
    }

    @POST
    @Path("/returns/{number}/satisfaction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public CustomerReturn satisfaction(@PathParam("number") String number, SatisfactionBody satisfaction,
                                       @Context Actor actor) {
        String checked = RestInput.returnNumber(number);
        if (required(satisfaction, "the customer's satisfaction").score() == null) {
            throw new ValidationException("score", "is required: 1 (very unhappy) to 5 (very happy)");
        }
        return returns.recordSatisfaction(checked, satisfaction.score(), satisfaction.comment(), actor);
    }

    /** {@code {"reason":"the customer kept one lamp"}}: the lines cut to what came back. */
    @POST
    @Path("/returns/{number}/short-close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public CustomerReturn closeShort(@PathParam("number") String number, ReasonBody body, @Context Actor actor) {
        return returns.closeShort(RestInput.returnNumber(number), required(body, "a reason").reason(), actor);
    }

    /** Goods that came without an RMA, into quarantine: 201 with what was recorded. */
    @POST
    @Path("/unmatched-receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public Response receiveUnmatched(UnmatchedBody goods, @Context Actor actor) {
        required(goods, "the goods received");
        UnmatchedReceipt received = returns.receiveUnmatched(goods.warehouse(), goods.productCode(), goods.quantity(),
                goods.note(), actor);
        return Response.status(Response.Status.CREATED).entity(received).build();
    }

    @GET
    @Path("/unmatched-receipts")
    @RolesAllowed(Roles.ANY_BUSINESS_ROLE)
    public List<UnmatchedReceipt> unmatched() {
        return returns.unmatched();
    }

    private static <T> T required(T body, String what) {
        if (body == null) {
            throw new ValidationException("body", what + " is required");
        }
        return body;
    }

    /** True when the client announced more than the endpoint takes: refused before a byte is read. */
    private static boolean declaredTooLarge(String length) {
        return length != null && length.strip().matches("\\d{1,18}")
                && Long.parseLong(length.strip()) > MAX_EVIDENCE_BYTES;
    }

    /** The body's bytes, or null once it holds more than {@code max}: no more than one byte beyond is read. */
    private static byte[] readAtMost(InputStream body, int max) {
        try {
            byte[] bytes = body.readNBytes(max + 1);
            return bytes.length > max ? null : bytes;
        } catch (IOException e) {
            throw new ValidationException("file", "could not be read to its end: " + e.getMessage());
        }
    }
}
