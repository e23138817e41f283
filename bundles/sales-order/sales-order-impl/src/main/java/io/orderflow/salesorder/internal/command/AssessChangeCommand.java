package io.orderflow.salesorder.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.salesorder.api.ChangeRequest;
import io.orderflow.salesorder.api.OrderChangeService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code sales-order:assess-change --feasible --delivery 2027-01-20 | --not-feasible <number> <change id>}
 * (options first, as everywhere in the Karaf shell): the
 * planner's answer to a change request, until the production department answers on its own.
 */
@Service
@Command(scope = "sales-order", name = "assess-change", description = "Answers a change request for production")
public class AssessChangeCommand implements Action {

    @Reference
    private OrderChangeService changes;

    @Reference
    private ActorContext actors;

    @Argument(index = 0, name = "number", required = true, description = "Order number")
    @Completion(OrderNumberCompleter.class)
    private String number;

    @Argument(index = 1, name = "changeId", required = true, description = "Change request id")
    private long changeId;

    @Option(name = "--feasible", description = "Production can do it")
    private boolean feasible;

    @Option(name = "--not-feasible", description = "Production cannot do it")
    private boolean notFeasible;

    @Option(name = "--delivery", description = "Projected delivery date with the change, e.g. 2027-01-20")
    private String delivery;

    @Option(name = "--remark", description = "Remark")
    private String remark;

    @Override
    public Object execute() {
        if (feasible == notFeasible) {
            throw new ValidationException("--feasible", "give --feasible or --not-feasible");
        }
        ChangeRequest answered = changes.assess(number, changeId, feasible, delivery, remark, actors.current());
        return SafePrintStream.text("change " + answered.id() + " of " + answered.orderNumber() + " is " + answered.status());
    }
}
