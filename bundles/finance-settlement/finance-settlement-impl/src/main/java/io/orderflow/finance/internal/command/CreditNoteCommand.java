package io.orderflow.finance.internal.command;

import io.orderflow.finance.api.CreditNote;
import io.orderflow.finance.api.CreditNoteRequest;
import io.orderflow.finance.api.CreditNoteService;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.platform.api.text.SafePrintStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code finance:credit-note <number>} shows a credit note; {@code finance:credit-note --invoice <number> --line 1=3
 * [--line 2=1] [--freight] --reason <why>} issues one.
 */
@Service
@Command(scope = "finance", name = "credit-note", description = "Shows a credit note, or issues one against an invoice")
public class CreditNoteCommand implements Action {

    @Reference
    private CreditNoteService creditNotes;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Argument(index = 0, name = "number", description = "Credit note to show, e.g. CN-2026-000001")
    private String number;

    @Option(name = "--invoice", aliases = "-i", description = "Issue a credit note against this invoice")
    private String invoice;

    @Option(name = "--line", aliases = "-l", multiValued = true, description = "An invoice line and the quantity to"
            + " reverse, lineNo=quantity, e.g. 1=3")
    private List<String> lines;

    @Option(name = "--freight", aliases = "-f", description = "Reverse the invoice's freight too")
    private boolean freight;

    @Option(name = "--reason", aliases = "-r", description = "Why the invoice is corrected")
    private String reason;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        if (invoice != null) {
            print(out, creditNotes.issue(new CreditNoteRequest(invoice, reversals(), freight, reason, null),
                    actors.current()));
        } else if (number != null) {
            creditNotes.creditNote(number).ifPresentOrElse(note -> print(out, note),
                    () -> out.println("No credit note " + number));
        } else {
            out.println("Name a credit note to show, or --invoice, --line and --reason to issue one");
        }
        return null;
    }

    private List<CreditNoteRequest.Line> reversals() {
        List<CreditNoteRequest.Line> reversals = new ArrayList<>();
        for (String line : lines == null ? List.<String>of() : lines) {
            String[] parts = line.split("=", 2);
            try {
                reversals.add(new CreditNoteRequest.Line(Integer.parseInt(parts[0].strip()),
                        new BigDecimal(parts[1].strip())));
            } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
                throw new ValidationException("line", "is lineNo=quantity, e.g. 1=3; got '" + line + "'");
            }
        }
        return reversals;
    }

    private static void print(PrintStream out, CreditNote note) {
        out.println(note.number() + "  " + note.customerId() + "  invoice " + note.invoice() + "  order "
                + note.orderNumber() + "  issued " + note.issuedOn() + " by " + note.issuedBy() + "  total "
                + note.total().toPlainString() + " " + note.currency() + "  refunded " + note.refunded().toPlainString()
                + "  refundable " + note.refundable().toPlainString());
        out.println("    reason: " + note.reason());
        InvoiceText.lines(out, note.lines());
        if (note.freight() != null) {
            out.println("    freight  net " + note.freight().toPlainString() + "  tax "
                    + note.freightTax().toPlainString());
        }
    }
}
