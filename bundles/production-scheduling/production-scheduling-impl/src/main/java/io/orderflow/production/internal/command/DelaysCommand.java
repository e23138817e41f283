package io.orderflow.production.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.production.api.ProductionExecutionService;
import io.orderflow.production.api.ProductionOrder;
import io.orderflow.production.api.ProductionPlanningService;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code production:delays}: production orders projected after their due date, and those nobody reported on. */
@Service
@Command(scope = "production", name = "delays", description = "Lists late production orders and missing reports")
public class DelaysCommand implements Action {

    @Reference
    private ProductionPlanningService planning;

    @Reference
    private ProductionExecutionService execution;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        List<ProductionOrder> late = planning.schedule().orders().stream().filter(OrderText::late).toList();
        out.println(late.isEmpty() ? "No production order is projected late" : "Projected late:");
        late.forEach(o -> out.printf("  %d %s: due %s, projected %s%n", o.id(), OrderText.purpose(o), o.dueDate(),
                o.projectedCompletion()));
        List<ProductionOrder> silent = execution.withoutReport();
        if (!silent.isEmpty()) {
            out.println("Without a report:");
            silent.forEach(o -> out.printf("  %d %s: last report %s%n", o.id(), OrderText.purpose(o),
                    o.lastReportAt()));
        }
        return null;
    }
}
