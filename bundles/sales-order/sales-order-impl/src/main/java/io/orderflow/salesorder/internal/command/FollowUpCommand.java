package io.orderflow.salesorder.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.salesorder.api.DelayReport;
import io.orderflow.salesorder.api.FollowUpEntry;
import io.orderflow.salesorder.api.FollowUpService;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code sales-order:follow-up}: the three lists of orders that need someone, most urgent first. */
@Service
@Command(scope = "sales-order", name = "follow-up", description = "Lists orders overdue for confirmation, stale"
        + " orders and delays the customer has not been told about yet")
public class FollowUpCommand implements Action {

    @Reference
    private FollowUpService followUp;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        List<FollowUpEntry> overdue = followUp.overdueForConfirmation();
        out.printf("Overdue for confirmation (%d)%n", overdue.size());
        overdue.forEach(o -> out.printf("  %s  %s  PO %s  due %s  entered by %s%n", o.number(), o.customerId(),
                o.customerPo(), o.confirmationDueAt(), o.enteredBy()));
        List<FollowUpEntry> stale = followUp.stale();
        out.printf("Stale (%d)%n", stale.size());
        stale.forEach(o -> out.printf("  %s  %s  PO %s  %s since %s%n", o.number(), o.customerId(), o.customerPo(),
                o.status(), o.statusSince()));
        List<DelayReport> delays = followUp.delayNoticesDue();
        out.printf("Delay notices due (%d)%n", delays.size());
        delays.forEach(d -> out.printf("  %s  %s  %s -> %s  tell by %s: %s%n", d.orderNumber(), d.customerId(),
                d.promisedDate(), d.newDate(), d.noticeDueAt(), d.reason()));
        return null;
    }
}
