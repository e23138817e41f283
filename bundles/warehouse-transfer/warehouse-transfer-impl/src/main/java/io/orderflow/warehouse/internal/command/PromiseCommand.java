package io.orderflow.warehouse.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.warehouse.api.AvailableToPromiseService;
import io.orderflow.warehouse.api.PromiseFigure;
import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code warehouse:atp [--warehouse W] [--date D] <product>}: available-to-promise and how it comes about. */
@Service
@Command(scope = "warehouse", name = "atp", description = "Shows what of a product can be promised by a date")
public class PromiseCommand implements Action {

    @Reference
    private AvailableToPromiseService promise;

    @Reference
    private Session session;

    @Option(name = "--warehouse", description = "One warehouse; all when left out")
    private String warehouse;

    @Option(name = "--date", description = "The date, e.g. 2026-12-01; today when left out")
    private String date;

    @Argument(index = 0, name = "product", required = true, description = "Product code")
    private String product;

    @Override
    public Object execute() {
        PromiseFigure f = promise.availableToPromise(product, warehouse, date == null ? null : LocalDate.parse(date));
        SafePrintStream.of(session.getConsole()).printf("%s in %s by %s: %s available + %s arriving - %s missing on orders due = %s"
                        + " available to promise%n", f.product(), f.warehouse() == null ? "all warehouses" : f.warehouse(),
                f.date(), f.available().toPlainString(), f.expectedReceipts().toPlainString(),
                f.shortfallDue().toPlainString(), f.availableToPromise().toPlainString());
        return null;
    }
}
