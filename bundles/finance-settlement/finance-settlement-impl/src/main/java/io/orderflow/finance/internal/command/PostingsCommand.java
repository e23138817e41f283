package io.orderflow.finance.internal.command;

import io.orderflow.finance.api.Posting;
import io.orderflow.finance.api.PostingService;
import io.orderflow.finance.api.PostingState;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.text.SafePrintStream;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code finance:postings [state]}: the postings to the ERP, oldest first; REJECTED is the work list. */
@Service
@Command(scope = "finance", name = "postings", description = "Lists the postings to the ERP, by state")
public class PostingsCommand implements Action {

    @Reference
    private PostingService postings;

    @Reference
    private Session session;

    @Argument(index = 0, name = "state", description = "PENDING, SENT, CONFIRMED, REJECTED or UNKNOWN; all when absent")
    private String state;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        PostingState wanted = null;
        if (state != null) {
            try {
                wanted = PostingState.valueOf(state.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new ValidationException("state", "must be one of " + List.of(PostingState.values()));
            }
        }
        postings.postings(wanted, 200).forEach(p -> print(out, p));
        return null;
    }

    static void print(PrintStream out, Posting p) {
        out.println(p.key() + "  " + p.state() + "  " + p.documentType() + "  " + p.currency() + "  posted on "
                + p.postedOn() + (p.erpReference() == null ? "" : "  ERP " + p.erpReference())
                + (p.message() == null ? "" : "  " + p.message()));
        p.lines().forEach(l -> out.println("    " + l.account() + "  " + (l.debit().signum() != 0
                ? "Dr " + l.debit().toPlainString() : "Cr " + l.credit().toPlainString()) + "  " + l.memo()));
    }
}
