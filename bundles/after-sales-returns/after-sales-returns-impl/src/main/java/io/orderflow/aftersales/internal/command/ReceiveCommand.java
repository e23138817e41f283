package io.orderflow.aftersales.internal.command;

import io.orderflow.aftersales.api.ReceiptDraft;
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
 * {@code after-sales:receive --warehouse W <number> <lineNo:quantity>...}: goods of an authorised return received
 * into quarantine, all or part of what is still to come back.
 */
@Service
@Command(scope = "after-sales", name = "receive", description = "Receives returned goods into quarantine")
public class ReceiveCommand implements Action {

    @Reference
    private ReturnService returns;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Option(name = "--warehouse", aliases = "-w", required = true, description = "Warehouse code, e.g. WH-SOUTH")
    private String warehouse;

    @Argument(index = 0, name = "number", required = true, description = "Return, e.g. RET-2026-000001")
    private String number;

    @Argument(index = 1, name = "lines", required = true, multiValued = true, description = "What came back,"
            + " lineNo:quantity, e.g. 1:3")
    private List<String> lines;

    @Override
    public Object execute() {
        ShellInput input = new ShellInput();
        List<ReceiptDraft.Line> received = input.lines("lines", lines, 0, false, "lineNo:quantity, e.g. 1:3")
                .stream().map(line -> new ReceiptDraft.Line(line.lineNo(), line.quantity())).toList();
        input.check();
        ReturnText.full(SafePrintStream.of(session.getConsole()), returns.receive(number,
                new ReceiptDraft(warehouse, received), actors.current()));
        return null;
    }
}
