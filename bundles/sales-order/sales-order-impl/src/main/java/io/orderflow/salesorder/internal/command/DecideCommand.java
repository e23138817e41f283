package io.orderflow.salesorder.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.salesorder.api.Decision;
import io.orderflow.salesorder.api.OrderReviewService;
import io.orderflow.salesorder.api.ReviewStep;
import io.orderflow.salesorder.api.SalesOrder;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code sales-order:decide <number> APPROVE|REJECT --role r [--remark text]}: a review decision. */
@Service
@Command(scope = "sales-order", name = "decide", description = "Approves or rejects the due review step of your role")
public class DecideCommand implements Action {

    @Reference
    private OrderReviewService review;

    @Reference
    private ActorContext actors;

    @Argument(index = 0, name = "number", required = true, description = "Order number")
    @Completion(OrderNumberCompleter.class)
    private String number;

    @Argument(index = 1, name = "decision", required = true, description = "APPROVE or REJECT")
    private String decision;

    @Option(name = "--role", required = true, description = "The role you decide in")
    private String role;

    @Option(name = "--remark", description = "Remark; the reason, for a rejection")
    private String remark;

    @Override
    public Object execute() {
        Decision chosen;
        try {
            chosen = Decision.valueOf(decision.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("decision", "must be APPROVE or REJECT");
        }
        SalesOrder order = review.decide(number, chosen, role, remark, actors.current());
        String due = order.dueSteps().stream().map(ReviewStep::role).collect(Collectors.joining(", "));
        return SafePrintStream.text(order.number() + " is " + order.status() + (due.isEmpty() ? "" : "; due now: " + due));
    }
}
