package io.orderflow.aftersales.internal.command;

import io.orderflow.aftersales.api.Remedy;
import io.orderflow.aftersales.api.ReturnDraft;
import io.orderflow.aftersales.api.ReturnReason;
import io.orderflow.aftersales.api.ReturnService;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.platform.api.text.SafePrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code after-sales:request --order O --reason R --remedy EXCHANGE|REFUND [--description D] <lineNo:quantity>...}
 * (options first, as Karaf reads them): records a customer's report; evidence files are uploaded through REST.
 */
@Service
@Command(scope = "after-sales", name = "request", description = "Records a customer's return request")
public class RequestCommand implements Action {

    @Reference
    private ReturnService returns;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Option(name = "--order", aliases = "-o", required = true, description = "The order the goods came with, e.g."
            + " SO-2026-000001")
    private String order;

    @Option(name = "--reason", aliases = "-r", required = true, description = "QUALITY_DEFECT, TRANSIT_DAMAGE,"
            + " WRONG_ITEM, NOT_WANTED or OTHER")
    private String reason;

    @Option(name = "--remedy", required = true, description = "What the customer asks for: EXCHANGE or REFUND")
    private String remedy;

    @Option(name = "--description", aliases = "-d", description = "What the customer says and shows, in quotes")
    private String description;

    @Argument(index = 0, name = "lines", required = true, multiValued = true, description = "Order lines returned,"
            + " lineNo:quantity, e.g. 1:5 2:1")
    private List<String> lines;

    @Override
    public Object execute() {
        ShellInput input = new ShellInput();
        ReturnDraft draft = new ReturnDraft(order, input.choice("--reason", reason, ReturnReason.class), description,
                input.choice("--remedy", remedy, Remedy.class), input.lines("lines", lines, 0, false,
                        "lineNo:quantity, e.g. 1:5").stream()
                        .map(line -> new ReturnDraft.Line(line.lineNo(), line.quantity())).toList());
        input.check();
        ReturnText.full(SafePrintStream.of(session.getConsole()), returns.request(draft, actors.current()));
        return null;
    }
}
