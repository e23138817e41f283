package io.orderflow.salesorder.internal.command;

import io.orderflow.logistics.api.OnTimeDelivery;
import io.orderflow.logistics.api.ShipmentService;
import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.salesorder.api.FollowUpService;
import io.orderflow.salesorder.api.MonthlyMeasures;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code sales-order:measures [--from 2026-01] [--to 2026-06]}: order accuracy and confirmation SLA per month, with
 * logistics' on-time delivery rate per month of delivery when logistics is installed ("-" otherwise).
 */
@Service
@Command(scope = "sales-order", name = "measures", description = "Order accuracy and confirmation-within-SLA rates"
        + " per month of receipt (by default the last twelve months)")
public class MeasuresCommand implements Action {

    @Reference
    private FollowUpService followUp;

    @Reference
    private BusinessClock clock;

    /** Logistics' on-time delivery rate, when logistics is installed. */
    @Reference(optional = true)
    private ShipmentService shipments;

    @Reference
    private Session session;

    @Option(name = "--from", description = "First month, e.g. 2026-01")
    private String from;

    @Option(name = "--to", description = "Last month, e.g. 2026-06 (default: this month)")
    private String to;

    @Override
    public Object execute() {
        YearMonth last = to == null ? clock.thisMonth() : YearMonth.parse(to);
        PrintStream out = SafePrintStream.of(session.getConsole());
        out.println("month    received  accuracy  confirmations due  within SLA  delivered  on time");
        for (MonthlyMeasures m : followUp.measures(from == null ? last.minusMonths(11) : YearMonth.parse(from), last)) {
            OnTimeDelivery onTime = shipments == null ? null : shipments.onTime(m.month());
            out.printf("%s  %8d  %8s  %17d  %10s  %9s  %7s%n", m.month(), m.received(), percent(m.accuracyRate()),
                    m.confirmationsDue(), percent(m.confirmationSlaRate()),
                    onTime == null ? "-" : String.valueOf(onTime.delivered()),
                    percent(onTime == null ? null : onTime.rate()));
        }
        return null;
    }

    private static String percent(BigDecimal rate) {
        return rate == null ? "-" : rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
