package io.orderflow.production.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.production.api.ProductionOrder;
import io.orderflow.production.api.ReworkService;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code production:reworks [reference]}: rework orders, all or those of a reference (a return's, or one line's). */
@Service
@Command(scope = "production", name = "reworks", description = "Lists rework orders")
public class ReworksCommand implements Action {

    @Reference
    private ReworkService reworks;

    @Reference
    private Session session;

    @Argument(index = 0, name = "reference", description = "A rework reference, or the start of several (RET-…)")
    private String reference;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        List<ProductionOrder> found = reworks.reworks(reference);
        out.println(found.isEmpty() ? "No rework order" : "Rework orders:");
        found.forEach(o -> out.printf("  %d %s: %s %s, %s, %s made, %s passed, projected %s%n", o.id(),
                o.reworkReference(), o.quantity().toPlainString(), o.product(), o.status(),
                o.completed().toPlainString(), o.passed().toPlainString(), o.projectedCompletion()));
        return null;
    }
}
