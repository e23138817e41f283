package io.orderflow.finance.internal.command;

import io.orderflow.finance.api.AllocationRow;
import io.orderflow.finance.api.Payment;
import java.io.PrintStream;

/** A payment as the shell prints it. */
final class PaymentText {

    private PaymentText() {
    }

    static void print(PrintStream out, Payment p) {
        out.println(p.id() + "  " + p.status() + "  " + p.customerId() + "  " + p.amount().toPlainString() + " "
                + p.currency() + "  " + p.method() + "  received " + p.receivedOn() + "  recorded by " + p.recordedBy()
                + (p.verifiedBy() == null ? "" : ", verified by " + p.verifiedBy())
                + (p.reversal() == null ? "" : ", reversed: " + p.reversal()));
        for (AllocationRow row : p.allocations()) {
            out.println("    " + row.document() + "  " + row.amount().toPlainString());
        }
        out.println("    on account  " + p.onAccount().toPlainString());
    }
}
