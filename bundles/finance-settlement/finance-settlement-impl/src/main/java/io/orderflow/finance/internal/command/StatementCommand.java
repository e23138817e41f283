package io.orderflow.finance.internal.command;

import io.orderflow.finance.api.Statement;
import io.orderflow.finance.api.StatementService;
import io.orderflow.platform.api.text.SafePrintStream;
import java.io.PrintStream;
import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code finance:statement <customer> [from] [to]}: the customer's statement, one account per currency. */
@Service
@Command(scope = "finance", name = "statement", description = "Shows a customer's statement of account")
public class StatementCommand implements Action {

    @Reference
    private StatementService statements;

    @Reference
    private Session session;

    @Argument(index = 0, name = "customer", required = true, description = "Customer id, e.g. CUST-A")
    private String customer;

    @Argument(index = 1, name = "from", description = "First day, yyyy-MM-dd; the first document's by default")
    private String from;

    @Argument(index = 2, name = "to", description = "Last day, yyyy-MM-dd; today by default")
    private String to;

    @Override
    public Object execute() {
        ShellInput input = new ShellInput();
        LocalDate first = input.date("from", from);
        LocalDate last = input.date("to", to);
        input.check();
        PrintStream out = SafePrintStream.of(session.getConsole());
        Statement statement = statements.statement(customer, first, last);
        out.println("Statement of " + statement.customerId() + " from " + statement.from() + " to " + statement.to());
        for (Statement.Account account : statement.accounts()) {
            out.println("  " + account.currency() + "  opening balance " + account.opening().toPlainString());
            for (Statement.Entry e : account.entries()) {
                out.println("    " + e.date() + "  " + e.kind() + "  " + e.document() + "  "
                        + (e.reference() == null ? "" : e.reference() + "  ") + e.amount().toPlainString()
                        + "  balance " + e.balance().toPlainString());
            }
            out.println("  " + account.currency() + "  closing balance " + account.closing().toPlainString());
        }
        return null;
    }
}
