package io.orderflow.salesorder.internal.command;

import io.orderflow.salesorder.api.FollowUpService;
import io.orderflow.platform.api.exchange.ExchangeFolder;
import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.platform.api.time.BusinessClock;
import java.nio.file.Path;
import java.time.YearMonth;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code sales-order:archive [--month 2026-10] <file.csv>}: the monthly archive, grouped by product and customer. */
@Service
@Command(scope = "sales-order", name = "archive", description = "Writes the orders received in a month as CSV, one"
        + " row per order line, grouped by product and customer")
public class ArchiveCommand implements Action {

    @Reference
    private FollowUpService followUp;

    @Reference
    private BusinessClock clock;

    @Reference
    private Session session;

    @Option(name = "--month", description = "The month, e.g. 2026-10 (default: last month)")
    private String month;

    @Reference
    private ExchangeFolder exchange;

    @Argument(index = 0, name = "file", required = true, description = "Name of the CSV file to write in the exchange"
            + " folder (orderflow.platform.exchange); an existing one is replaced")
    private String file;

    @Override
    public Object execute() throws Exception {
        YearMonth archived = month == null ? clock.thisMonth().minusMonths(1) : YearMonth.parse(month);
        Path written = exchange.write(file, out -> followUp.writeArchive(archived, out));
        SafePrintStream.of(session.getConsole()).printf("Orders received in %s written to %s%n", archived, written);
        return null;
    }
}
