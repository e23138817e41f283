package io.orderflow.finance.internal.command;

import io.orderflow.finance.api.Invoice;
import java.io.PrintStream;
import java.util.List;

/** Invoices, and the invoice lines a credit note reverses, as the shell prints them. */
final class InvoiceText {

    private InvoiceText() {
    }

    /** One line: number, dates and total. */
    static void summary(PrintStream out, Invoice i) {
        out.println(i.number() + "  issued " + i.issuedOn() + "  due " + i.dueOn() + "  total "
                + i.total().toPlainString() + " " + i.currency());
    }

    /** The whole invoice: what it invoices, each line, freight and totals. */
    static void print(PrintStream out, Invoice i) {
        out.println(i.number() + "  " + i.customerId() + (i.customerPo() == null ? "" : "  PO " + i.customerPo())
                + "  order " + i.orderNumber() + "  shipment " + i.shipment() + "  " + i.terms() + "  issued "
                + i.issuedOn() + "  due " + i.dueOn());
        lines(out, i.lines());
        if (i.freight() != null) {
            out.println("    freight  net " + i.freight().toPlainString());
        }
        out.println("    net " + i.net().toPlainString() + "  tax " + i.tax().toPlainString() + "  total "
                + i.total().toPlainString() + " " + i.currency());
    }

    static void lines(PrintStream out, List<Invoice.Line> lines) {
        for (Invoice.Line line : lines) {
            out.println("    line " + line.lineNo() + "  " + line.productCode() + "  " + line.quantity().toPlainString()
                    + " x " + line.unitPrice().toPlainString() + "  net " + line.net().toPlainString() + "  tax "
                    + line.tax().toPlainString());
        }
    }
}
