package io.orderflow.production.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.production.api.ProductionOrder;
import io.orderflow.production.api.ProductionPlanningService;
import io.orderflow.production.api.SchedulePlan;
import io.orderflow.production.api.ScheduledWork;
import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code production:schedule}: the schedule proposal, its production orders and the load of each work centre. */
@Service
@Command(scope = "production", name = "schedule", description = "Shows the current schedule proposal")
public class ScheduleCommand implements Action {

    @Reference
    private ProductionPlanningService planning;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        SchedulePlan plan = planning.schedule();
        out.printf("Schedule %s, computed %s%s; serves %s%n", plan.state(), plan.computedAt(),
                plan.approvedBy() == null ? "" : ", last approved by " + plan.approvedBy(), plan.orderNumbers());
        for (ProductionOrder order : plan.orders()) {
            out.printf("  %d %s: %s %s, %s, due %s, projected %s%s%n", order.id(), OrderText.purpose(order),
                    order.quantity().toPlainString(), order.product(), order.status(),
                    order.dueDate() == null ? "after the sales orders" : order.dueDate(), order.projectedCompletion(),
                    OrderText.late(order) ? "  LATE" : "");
        }
        Map<String, Map<Object, Integer>> load = new TreeMap<>();
        for (ScheduledWork work : plan.work()) {
            load.computeIfAbsent(work.workCentre(), w -> new TreeMap<>()).merge(work.date(), work.minutes(),
                    Integer::sum);
        }
        load.forEach((workCentre, days) -> out.printf("  %-9s %d day(s), %s … %s: %s%n", workCentre, days.size(),
                days.keySet().iterator().next(), ((TreeMap<Object, Integer>) days).lastKey(),
                days.entrySet().stream().limit(5).map(e -> e.getKey() + " " + e.getValue() + " min")
                        .collect(Collectors.joining(", "))));
        return null;
    }
}
