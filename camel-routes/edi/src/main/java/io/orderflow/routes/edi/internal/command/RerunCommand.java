package io.orderflow.routes.edi.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.routes.edi.internal.gateway.EdiGateway;
import io.orderflow.routes.edi.internal.inbound.Outcome;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code edi:rerun <id>}: takes an inbound interchange again from its kept file, after a mapping was added. */
@Service
@Command(scope = "edi", name = "rerun", description = "Takes an inbound EDI interchange again from its kept file,"
        + " after the item or location mapping it lacked was added; the partner gets a new acknowledgement")
public class RerunCommand implements Action {

    @Argument(index = 0, name = "interchange", description = "The interchange's id (edi:interchanges)",
            required = true)
    private long interchange;

    @Reference
    private EdiGateway gateway;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        Outcome outcome = gateway.rerun(interchange);
        out.println("Interchange " + interchange + ": " + outcome.state().toLowerCase()
                + (outcome.reason() == null ? "" : "; refused: " + outcome.reason()));
        return null;
    }
}
