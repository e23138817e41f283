package io.orderflow.aftersales.internal.command;

import io.orderflow.aftersales.api.Cause;
import io.orderflow.aftersales.api.Disposition;
import io.orderflow.aftersales.api.InspectionDraft;
import io.orderflow.aftersales.api.ReturnService;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.platform.api.text.SafePrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code after-sales:inspect <number> <lineNo:quantity:CAUSE:DISPOSITION[:reason]>...}: quality's findings, each
 * disposition carried out at once (a line may be split over several arguments; quote one whose reason has spaces).
 */
@Service
@Command(scope = "after-sales", name = "inspect", description = "Records what inspection found and what becomes of"
        + " the goods")
public class InspectCommand implements Action {

    private static final String SHAPE = "lineNo:quantity:CAUSE:DISPOSITION[:reason], e.g. 1:2:COMPANY_QUALITY:REWORK";

    @Reference
    private ReturnService returns;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Argument(index = 0, name = "number", required = true, description = "Return, e.g. RET-2026-000001")
    private String number;

    @Argument(index = 1, name = "lines", required = true, multiValued = true, description = SHAPE + "; CAUSE is"
            + " COMPANY_QUALITY, TRANSIT_DAMAGE, CUSTOMER_MISUSE or NO_FAULT_FOUND, DISPOSITION RESTOCK, REWORK or"
            + " SCRAP (SCRAP needs a reason)")
    private List<String> lines;

    @Override
    public Object execute() {
        ShellInput input = new ShellInput();
        List<InspectionDraft.Line> found = input.lines("lines", lines, 3, true, SHAPE).stream()
                .map(line -> new InspectionDraft.Line(line.lineNo(), line.quantity(),
                        input.choice("lines", line.field(0), Cause.class),
                        input.choice("lines", line.field(1), Disposition.class), line.field(2)))
                .toList();
        input.check();
        ReturnText.full(SafePrintStream.of(session.getConsole()), returns.inspect(number, new InspectionDraft(found),
                actors.current()));
        return null;
    }
}
