package io.orderflow.warehouse.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.warehouse.api.Transfer;
import io.orderflow.warehouse.api.TransferService;
import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code warehouse:transfer-step [--arrival …] [--remark …] (pick | ship | receive | recount) <id>}. */
@Service
@Command(scope = "warehouse", name = "transfer-step", description = "Picks, ships or receives a transfer, or closes"
        + " it after a recount")
public class TransferStepCommand implements Action {

    @Reference
    private TransferService transfers;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Argument(index = 0, name = "step", required = true, description = "pick, ship, receive or recount")
    private String step;

    @Argument(index = 1, name = "id", required = true, description = "Transfer id")
    private long id;

    @Option(name = "--arrival", description = "For ship: the expected arrival date, e.g. 2026-11-25")
    private String arrival;

    @Option(name = "--remark", description = "For recount: what the count found")
    private String remark;

    @Override
    public Object execute() {
        Actor actor = actors.current();
        Transfer transfer = switch (step.strip().toLowerCase()) {
            case "pick" -> transfers.pick(id, actor);
            case "ship" -> transfers.ship(id, arrival == null ? null : LocalDate.parse(arrival), actor);
            case "receive" -> transfers.receive(id, actor);
            case "recount" -> transfers.recounted(id, remark, actor);
            default -> null;
        };
        if (transfer == null) {
            SafePrintStream.of(session.getConsole()).println("No step " + step + ": say pick, ship, receive or recount");
            return null;
        }
        SafePrintStream.of(session.getConsole()).printf("Transfer %d is %s%s%n", transfer.id(), transfer.status(),
                transfer.expectedArrival() == null ? "" : ", arriving " + transfer.expectedArrival());
        return null;
    }
}
