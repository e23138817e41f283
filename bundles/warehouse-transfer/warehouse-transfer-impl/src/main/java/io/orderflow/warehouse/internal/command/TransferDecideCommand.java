package io.orderflow.warehouse.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.warehouse.api.Transfer;
import io.orderflow.warehouse.api.TransferService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code warehouse:transfer-decide (--approve | --reject) [--remark …] <id>}: a sales-manager's or director's say. */
@Service
@Command(scope = "warehouse", name = "transfer-decide", description = "Approves or rejects a transfer request")
public class TransferDecideCommand implements Action {

    @Reference
    private TransferService transfers;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Option(name = "--approve", description = "Approve the request")
    private boolean approve;

    @Option(name = "--reject", description = "Reject it: the stock is recounted first (needs --remark)")
    private boolean reject;

    @Option(name = "--remark", description = "Why; required for a rejection")
    private String remark;

    @Argument(index = 0, name = "id", required = true, description = "Transfer id")
    private long id;

    @Override
    public Object execute() {
        if (approve == reject) {
            SafePrintStream.of(session.getConsole()).println("Say --approve or --reject");
            return null;
        }
        Transfer transfer = transfers.decide(id, approve, remark, actors.current());
        SafePrintStream.of(session.getConsole()).printf("Transfer %d is %s%n", transfer.id(), transfer.status());
        return null;
    }
}
