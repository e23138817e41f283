package io.orderflow.aftersales.internal.command;

import io.orderflow.aftersales.api.CustomerReturn;
import io.orderflow.aftersales.api.Satisfaction;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.stream.Collectors;

/**
 * How the shell shows a return: one line, or its whole story (lines and how far each got, signatures, evidence,
 * receipts, inspections, remedies, the customer's notice and satisfaction). Print through a
 * {@link io.orderflow.platform.api.text.SafePrintStream}: descriptions and reasons are the users' own text.
 */
final class ReturnText {

    private ReturnText() {
    }

    static void summary(PrintStream out, CustomerReturn r) {
        out.println(r.number() + "  " + (r.rma() == null ? "-" : r.rma()) + "  " + r.orderNumber() + "  "
                + r.customerId() + "  " + r.status() + "  " + r.reason() + "  asks " + r.remedyAsked() + "  "
                + r.requestedAt());
    }

    static void full(PrintStream out, CustomerReturn r) {
        summary(out, r);
        out.println("    requested by " + r.requestedBy() + (r.deliveredOn() == null ? ""
                : ", goods delivered " + r.deliveredOn()));
        if (r.description() != null) {
            out.println("    description: " + r.description());
        }
        for (CustomerReturn.Line line : r.lines()) {
            out.println("    line " + line.lineNo() + "  " + line.productCode() + "  " + quantity(line.quantity())
                    + "  received " + quantity(line.received()) + "  inspected " + quantity(line.inspected())
                    + "  remedied " + quantity(line.remedied()) + "  done " + quantity(line.done()));
        }
        for (CustomerReturn.Signature s : r.signatures()) {
            out.println("    signed by " + s.user() + " (" + s.role() + ") " + s.at() + ": "
                    + (s.approved() ? "approved" : "rejected") + (s.companyQuality() == null ? ""
                    : s.companyQuality() ? ", the company's quality" : ", not the company's quality")
                    + because(s.reason()));
        }
        for (CustomerReturn.Evidence e : r.evidence()) {
            out.println("    evidence " + e.id() + "  " + e.filename() + "  " + e.contentType() + "  " + e.size()
                    + " bytes  by " + e.uploadedBy() + " " + e.at());
        }
        for (CustomerReturn.Receipt receipt : r.receipts()) {
            out.println("    receipt " + receipt.id() + "  " + receipt.warehouse() + "  " + receipt.lines().stream()
                    .map(q -> "line " + q.lineNo() + ": " + quantity(q.quantity())).collect(Collectors.joining(", "))
                    + "  by " + receipt.receivedBy() + " " + receipt.at());
        }
        for (CustomerReturn.Inspection i : r.inspections()) {
            out.println("    inspected line " + i.lineNo() + "  " + quantity(i.quantity()) + "  " + i.cause() + "  "
                    + i.disposition() + "  by " + i.inspectedBy() + " " + i.at() + because(i.reason()));
        }
        for (CustomerReturn.RemedyDecision d : r.remedies()) {
            out.println("    remedy line " + d.lineNo() + "  " + quantity(d.quantity()) + "  " + d.remedy()
                    + (d.document() == null ? "" : "  " + d.document()) + (d.done() ? "  done" : "  under way")
                    + "  approved by " + d.approvedBy() + " " + d.at() + because(d.reason()));
        }
        if (r.replacement() != null) {
            out.println("    replacement order " + r.replacement());
        }
        if (r.notice() != null) {
            out.println("    notice to the customer: " + r.notice());
        }
        Satisfaction s = r.satisfaction();
        if (s != null) {
            out.println("    satisfaction " + s.score() + "/5 recorded by " + s.recordedBy() + " " + s.at()
                    + because(s.comment()));
        }
    }

    /** A quantity as people write it: {@code 2}, not {@code 2.0000}. */
    static String quantity(BigDecimal quantity) {
        return quantity == null ? "-" : quantity.stripTrailingZeros().toPlainString();
    }

    private static String because(String text) {
        return text == null || text.isBlank() ? "" : ": " + text;
    }
}
