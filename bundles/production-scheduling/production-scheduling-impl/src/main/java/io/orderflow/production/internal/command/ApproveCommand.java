package io.orderflow.production.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.production.api.ProductionPlanningService;
import io.orderflow.production.api.SchedulePlan;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code production:approve [--remark …]}: the production VP approves the schedule and the purchase plan. */
@Service
@Command(scope = "production", name = "approve", description = "Approves the schedule and the purchase plan")
public class ApproveCommand implements Action {

    @Reference
    private ProductionPlanningService planning;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Option(name = "--remark", description = "A remark for the audit trail")
    private String remark;

    @Override
    public Object execute() {
        SchedulePlan plan = planning.approve(remark, actors.current());
        SafePrintStream.of(session.getConsole()).printf("Schedule %s: %d production order(s) for %s%n", plan.state(), plan.orders().size(),
                plan.orderNumbers());
        return null;
    }
}
