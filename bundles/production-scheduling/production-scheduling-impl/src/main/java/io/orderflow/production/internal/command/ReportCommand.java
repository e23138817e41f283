package io.orderflow.production.internal.command;

import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.production.api.Anomaly;
import io.orderflow.production.api.ProductionExecutionService;
import io.orderflow.production.api.ProductionOrder;
import io.orderflow.production.api.ProgressReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code production:report [--completed N] [--anomaly MATERIAL_SHORTAGE|BREAKDOWN --until D [--work-centre W]]
 * [--note …] <id>}: progress or an anomaly on a production order.
 */
@Service
@Command(scope = "production", name = "report", description = "Reports progress or an anomaly on a production order")
public class ReportCommand implements Action {

    @Reference
    private ProductionExecutionService execution;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Option(name = "--completed", description = "Units made since the last report")
    private BigDecimal completed;

    @Option(name = "--anomaly", description = "MATERIAL_SHORTAGE or BREAKDOWN")
    private Anomaly anomaly;

    @Option(name = "--until", description = "For an anomaly: when work can go on, e.g. 2026-12-04")
    private String until;

    @Option(name = "--work-centre", description = "For a breakdown: the work centre that is down")
    private String workCentre;

    @Option(name = "--note", description = "What happened")
    private String note;

    @Argument(index = 0, name = "id", required = true, description = "Production order id")
    private long id;

    @Override
    public Object execute() {
        ProductionOrder order = execution.report(id, new ProgressReport(completed, anomaly, workCentre,
                until == null ? null : LocalDate.parse(until), note), actors.current());
        SafePrintStream.of(session.getConsole()).printf("Production order %d: %s of %s made, projected %s%n", order.id(),
                order.completed().toPlainString(), order.quantity().toPlainString(), order.projectedCompletion());
        return null;
    }
}
