package io.orderflow.warehouse.internal.command;

import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.warehouse.api.QuarantineMove;
import io.orderflow.warehouse.api.QuarantineService;
import io.orderflow.warehouse.api.StockMove;
import java.math.BigDecimal;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code warehouse:quarantine --warehouse W --quantity Q --reference R [--reason …] (receive | release | issue)
 * <product>}.
 */
@Service
@Command(scope = "warehouse", name = "quarantine", description = "Receives returned goods into quarantine, restocks"
        + " them (release) or issues them (scrap, rework)")
public class QuarantineCommand implements Action {

    @Reference
    private QuarantineService quarantine;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Argument(index = 0, name = "step", required = true, description = "receive, release or issue")
    private String step;

    @Argument(index = 1, name = "product", required = true, description = "Product code")
    private String product;

    @Option(name = "--warehouse", required = true, description = "Warehouse code, e.g. WH-SOUTH")
    private String warehouse;

    @Option(name = "--quantity", required = true, description = "Greater than 0")
    private BigDecimal quantity;

    @Option(name = "--reference", required = true, description = "At most 60 characters, e.g. RMA-2026-000001/R1;"
            + " the same step and reference again makes no second move")
    private String reference;

    @Option(name = "--reason", description = "Required for issue: scrapped, or handed to production for rework")
    private String reason;

    @Override
    public Object execute() {
        Actor actor = actors.current();
        QuarantineMove move = new QuarantineMove(warehouse, product, quantity, reference, reason);
        StockMove made = switch (step.strip().toLowerCase()) {
            case "receive" -> quarantine.receive(move, actor);
            case "release" -> quarantine.release(move, actor);
            case "issue" -> quarantine.issue(move, actor);
            default -> throw new IllegalArgumentException("no step " + step + ": say receive, release or issue");
        };
        SafePrintStream.of(session.getConsole()).printf("Move %d: %s of %s %s in %s (%s)%n", made.id(), made.type(),
                made.quantity().toPlainString(), made.product(), made.warehouse(), made.reference());
        return null;
    }
}
