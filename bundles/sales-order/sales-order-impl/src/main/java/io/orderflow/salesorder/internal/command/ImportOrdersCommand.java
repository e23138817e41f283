package io.orderflow.salesorder.internal.command;

import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.salesorder.api.ImportReport;
import io.orderflow.salesorder.api.OrderImportService;
import io.orderflow.platform.api.exchange.ExchangeFolder;
import io.orderflow.platform.api.text.SafePrintStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code sales-order:import-orders <file.csv>}: bulk intake, with a line of report per row. */
@Service
@Command(scope = "sales-order", name = "import-orders", description = "Enters the orders of a CSV file, one row per"
        + " order line; columns customerId, customerPo, requestedDelivery, deliveryLine1, deliveryCity, deliveryCountry,"
        + " productCode, quantity, unitPrice, currency and optional ones (see the sales-order README)")
public class ImportOrdersCommand implements Action {

    @Reference
    private OrderImportService imports;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Reference
    private ExchangeFolder exchange;

    @Argument(index = 0, name = "file", description = "Name of a CSV file with a header row in the exchange folder"
            + " (orderflow.platform.exchange), not a path")
    private String file;

    @Option(name = "--stdin", description = "Read the file from the standard input instead (over OpenSSH)")
    private boolean stdin;

    @Override
    public Object execute() throws Exception {
        ImportReport report = imports.importCsv(new StringReader(exchange.read(file, stdin ? session.getKeyboard() : null)),
                actors.current());
        PrintStream out = SafePrintStream.of(session.getConsole());
        out.printf("%d order(s): %d accepted, %d already received, %d refused%n", report.orders(), report.accepted(),
                report.known(), report.refused());
        for (ImportReport.Row row : report.rows()) {
            out.printf("row %d  %s  %s  %s%n", row.row(), row.customerPo(), row.outcome(),
                    row.orderNumber() != null ? row.orderNumber() : row.problems().stream()
                            .map(p -> p.field() + " " + p.problem()).collect(Collectors.joining("; ")));
        }
        return null;
    }
}
