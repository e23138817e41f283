package io.orderflow.aftersales.internal.command;

import io.orderflow.aftersales.api.DefectService;
import io.orderflow.aftersales.api.DefectStatistics;
import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.platform.api.time.BusinessClock;
import java.io.PrintStream;
import java.time.YearMonth;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code after-sales:defects [--from yyyy-MM] [--to yyyy-MM]}: returns by product, month and cause against what was
 * shipped, then the products flagged; by default the twelve months up to the current one.
 */
@Service
@Command(scope = "after-sales", name = "defects", description = "Shows the defect statistics and flagged products")
public class DefectsCommand implements Action {

    @Reference
    private DefectService defects;

    @Reference
    private BusinessClock clock;

    @Reference
    private Session session;

    @Option(name = "--from", description = "First month, yyyy-MM; eleven months before --to when left out")
    private String from;

    @Option(name = "--to", description = "Last month, yyyy-MM; the current month when left out")
    private String to;

    @Override
    public Object execute() {
        ShellInput input = new ShellInput();
        YearMonth first = input.month("--from", from);
        YearMonth last = input.month("--to", to);
        input.check();
        YearMonth until = last == null ? clock.thisMonth() : last;
        print(SafePrintStream.of(session.getConsole()),
                defects.defects(first == null ? until.minusMonths(11) : first, until));
        return null;
    }

    static void print(PrintStream out, DefectStatistics statistics) {
        out.println("Defects " + statistics.from() + " to " + statistics.to() + (statistics.rows().isEmpty()
                ? ": no returns" : ""));
        statistics.rows().forEach(row -> print(out, row));
        out.println("Flagged:" + (statistics.flagged().isEmpty() ? " none" : ""));
        statistics.flagged().forEach(row -> print(out, row));
    }

    private static void print(PrintStream out, DefectStatistics.Row row) {
        out.println("    " + row.month() + "  " + row.productCode() + "  " + (row.cause() == null ? "NOT_INSPECTED"
                : row.cause()) + "  returned " + ReturnText.quantity(row.returned()) + " of "
                + ReturnText.quantity(row.shipped()) + " shipped" + (row.rate() == null ? ""
                : "  " + row.rate().movePointRight(2).stripTrailingZeros().toPlainString() + " %"));
    }
}
