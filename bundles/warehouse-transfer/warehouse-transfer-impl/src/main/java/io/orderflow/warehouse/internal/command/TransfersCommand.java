package io.orderflow.warehouse.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.warehouse.api.Transfer;
import io.orderflow.warehouse.api.TransferService;
import io.orderflow.warehouse.api.TransferStep;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code warehouse:transfers [--all] [product]}: transfer requests with their history, open ones by default. */
@Service
@Command(scope = "warehouse", name = "transfers", description = "Lists transfer requests between warehouses")
public class TransfersCommand implements Action {

    @Reference
    private TransferService transfers;

    @Reference
    private Session session;

    @Option(name = "--all", description = "Also received and recounted ones")
    private boolean all;

    @Argument(index = 0, name = "product", description = "Product code; all products when left out")
    private String product;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        List<Transfer> found = transfers.transfers(product, !all);
        if (found.isEmpty()) {
            out.println(all ? "No transfer requests" : "No open transfer requests");
        }
        for (Transfer t : found) {
            out.printf("Transfer %d: %s %s from %s to %s, %s%s (%s)%n", t.id(), t.quantity().toPlainString(),
                    t.product(), t.fromWarehouse(), t.toWarehouse(), t.status(),
                    t.expectedArrival() == null ? "" : ", arriving " + t.expectedArrival(), t.cause());
            for (TransferStep step : t.steps()) {
                out.printf("  %s %-16s %s%s%s%n", step.at(), step.status(), step.actor(),
                        step.role() == null ? "" : " (" + step.role() + ")",
                        step.remark() == null ? "" : ": " + step.remark());
            }
        }
        return null;
    }
}
