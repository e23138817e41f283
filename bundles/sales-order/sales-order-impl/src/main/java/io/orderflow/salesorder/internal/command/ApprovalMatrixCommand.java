package io.orderflow.salesorder.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.salesorder.api.ApprovalRule;
import io.orderflow.salesorder.api.OrderReviewService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code sales-order:approval-matrix}: the approval rules in force. */
@Service
@Command(scope = "sales-order", name = "approval-matrix", description = "Shows the approval matrix")
public class ApprovalMatrixCommand implements Action {

    @Reference
    private OrderReviewService review;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Rank").alignRight();
        table.column("Rule");
        table.column("Condition");
        table.column("Amount above").alignRight();
        table.column("Roles");
        table.column("Order");
        table.column("Credit check");
        for (ApprovalRule r : review.approvalMatrix()) {
            table.addRow().addContent(r.rank(), r.name(), r.condition(), r.amountAbove() == null ? "" : r.amountAbove().toPlainString(),
                    String.join(" > ", r.roles()), r.parallel() ? "any order" : "in order", r.creditCheck() ? "yes" : "");
        }
        table.print(SafePrintStream.of(session.getConsole()));
        return null;
    }
}
