package io.orderflow.production.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.production.api.ProductionPlanningService;
import io.orderflow.production.api.Purchase;
import io.orderflow.production.api.PurchaseLine;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code production:plan}: the purchase plan of the proposal, and the purchases purchasing already has. */
@Service
@Command(scope = "production", name = "plan", description = "Shows the purchase plan and the open purchases")
public class PlanCommand implements Action {

    @Reference
    private ProductionPlanningService planning;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        List<PurchaseLine> plan = planning.schedule().purchasePlan();
        out.println(plan.isEmpty() ? "Nothing to buy" : "To buy:");
        plan.forEach(line -> out.printf("  %-14s %10s  order by %s (lead time %d days), arrives %s%n",
                line.material(), line.quantity().toPlainString(), line.orderBy(), line.leadTimeDays(),
                line.expectedArrival()));
        List<Purchase> purchases = planning.purchases();
        if (!purchases.isEmpty()) {
            out.println("With purchasing:");
            purchases.forEach(p -> out.printf("  %d %-14s %10s  arrives %s%s%n", p.id(), p.material(),
                    p.quantity().toPlainString(), p.expectedArrival(), p.confirmed() ? "" : " (planned)"));
        }
        return null;
    }
}
