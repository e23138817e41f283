package io.orderflow.finance.internal.command;

import io.orderflow.finance.api.PostingService;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.platform.api.text.SafePrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code finance:resend-posting <key>}: a rejected posting built again, as its document's next version. */
@Service
@Command(scope = "finance", name = "resend-posting", description = "Sends a rejected posting again, once corrected")
public class ResendPostingCommand implements Action {

    @Reference
    private PostingService postings;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Argument(index = 0, name = "key", required = true, description = "The posting's key, e.g. INV-2026-000001~1")
    private String key;

    @Override
    public Object execute() {
        PostingsCommand.print(SafePrintStream.of(session.getConsole()), postings.resend(key, actors.current()));
        return null;
    }
}
