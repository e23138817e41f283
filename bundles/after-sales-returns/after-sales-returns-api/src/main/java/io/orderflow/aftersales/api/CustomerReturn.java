package io.orderflow.aftersales.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A return as after-sales keeps it, with everything that happened to it.
 *
 * @param number      {@code RET-2026-000123}, given when the report is recorded
 * @param rma         {@code RMA-2026-000123}, given when it is authorised; null before and when rejected
 * @param deliveredOn when the order's goods reached the customer (the latest sign-off, else the latest dispatch): the
 *                    return policy counts its days from it
 * @param notice      what the customer is told of the review's outcome; null while it is under review
 * @param replacement the replacement order of the exchanged lines, once the sales director approved them
 */
public record CustomerReturn(String number, String rma, String orderNumber, String customerId, ReturnStatus status,
                             ReturnReason reason, String description, Remedy remedyAsked, LocalDate deliveredOn,
                             List<Line> lines, List<Signature> signatures, List<Evidence> evidence,
                             List<Receipt> receipts, List<Inspection> inspections, List<RemedyDecision> remedies,
                             String replacement, String notice, Satisfaction satisfaction, String requestedBy,
                             Instant requestedAt) {

    /**
     * A returned line and how far it got.
     *
     * @param quantity  what the customer returns
     * @param received  what came back into quarantine
     * @param inspected what inspection decided on
     * @param remedied  what has a remedy fixed
     * @param done      what has its remedy done (replacement signed off, refund settled, or no remedy)
     */
    public record Line(int lineNo, String productCode, BigDecimal quantity, BigDecimal received, BigDecimal inspected,
                       BigDecimal remedied, BigDecimal done) {
    }

    /** A reviewer's signature: {@code approved} or not, with the reason. */
    public record Signature(String role, String user, boolean approved, Boolean companyQuality, String reason,
                            Instant at) {
    }

    /** A file kept with the report. */
    public record Evidence(int id, String filename, String contentType, long size, String uploadedBy, Instant at) {
    }

    /** Goods that came back, into quarantine in {@code warehouse}. */
    public record Receipt(int id, String warehouse, List<Quantity> lines, String receivedBy, Instant at) {
    }

    /** What inspection found for a quantity of a line and what became of it. */
    public record Inspection(int lineNo, BigDecimal quantity, Cause cause, Disposition disposition, String reason,
                             String inspectedBy, Instant at) {
    }

    /**
     * A remedy the sales director fixed for a quantity of a line.
     *
     * @param document the replacement order (EXCHANGE) or the credit note (REFUND); null for NONE
     */
    public record RemedyDecision(int lineNo, Remedy remedy, BigDecimal quantity, String reason, String document,
                                 boolean done, String approvedBy, Instant at) {
    }

    /** So much of one line. */
    public record Quantity(int lineNo, BigDecimal quantity) {
    }
}
