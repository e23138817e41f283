package io.orderflow.finance.internal.command;

import io.orderflow.finance.api.AllocationRow;
import io.orderflow.finance.api.Payment;
import io.orderflow.finance.api.Refund;
import java.io.PrintStream;

/** Payments, incoming and refunded, as the shell prints them. */
final class PaymentText {

    private PaymentText() {
    }

    static void print(PrintStream out, Payment p) {
        out.println(p.id() + "  " + p.status() + "  " + p.customerId() + "  " + p.amount().toPlainString() + " "
                + p.currency() + "  " + p.method() + "  received " + p.receivedOn()
                + who(p.recordedBy(), p.verifiedBy())
                + (p.reversal() == null ? "" : ", reversed: " + p.reversal()));
        for (AllocationRow row : p.allocations()) {
            out.println("    " + row.document() + "  " + row.amount().toPlainString());
        }
        out.println("    on account  " + p.onAccount().toPlainString());
    }

    static void print(PrintStream out, Refund r) {
        out.println(r.id() + "  " + r.status() + "  " + r.customerId() + "  credit note " + r.creditNote() + "  "
                + r.amount().toPlainString() + " " + r.currency() + "  " + r.method() + "  paid " + r.paidOn()
                + who(r.recordedBy(), r.verifiedBy()));
    }

    private static String who(String recordedBy, String verifiedBy) {
        return "  recorded by " + recordedBy + (verifiedBy == null ? "" : ", verified by " + verifiedBy);
    }
}
