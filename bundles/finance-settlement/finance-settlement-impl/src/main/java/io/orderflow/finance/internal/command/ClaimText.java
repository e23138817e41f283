package io.orderflow.finance.internal.command;

import io.orderflow.finance.api.ExpenseClaim;
import java.io.PrintStream;

/** How the shell shows an expense claim: one line, or in full with its lines, receipts and decisions. */
final class ClaimText {

    private ClaimText() {
    }

    static void summary(PrintStream out, ExpenseClaim claim) {
        out.println(claim.number() + "  " + claim.claimant() + "  " + claim.department() + "  "
                + claim.total().toPlainString() + " " + claim.currency() + "  approved "
                + claim.approvedTotal().toPlainString() + "  " + claim.status()
                + (claim.step() == null ? "" : " " + claim.step()));
    }

    static void full(PrintStream out, ExpenseClaim claim) {
        summary(out, claim);
        out.println("    manager " + claim.manager() + ", supervisor " + claim.supervisor()
                + (claim.president() ? ", then finance and the president" : ", then finance"));
        for (ExpenseClaim.Line line : claim.lines()) {
            out.println("    line " + line.lineNo() + "  " + line.date() + "  " + line.category() + "  "
                    + line.description() + "  " + line.amount().toPlainString() + "  approved "
                    + line.approvedAmount().toPlainString() + (line.approvalNote() == null ? ""
                    : " (" + line.approvalNote() + ")"));
        }
        for (ExpenseClaim.Receipt receipt : claim.receipts()) {
            out.println("    receipt " + receipt.id() + "  " + receipt.fileName() + "  " + receipt.contentType() + "  "
                    + receipt.size() + " bytes");
        }
        for (ExpenseClaim.Decided decided : claim.decisions()) {
            out.println("    " + decided.at() + "  " + decided.step() + "  " + decided.decision() + " by "
                    + decided.by() + " (" + decided.role() + ")" + (decided.reason() == null ? ""
                    : ": " + decided.reason()));
        }
    }
}
