package io.orderflow.salesorder.internal;

import io.orderflow.platform.api.error.FieldProblem;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.salesorder.api.Channel;
import io.orderflow.salesorder.api.ImportReport;
import io.orderflow.salesorder.api.ImportReport.Outcome;
import io.orderflow.salesorder.api.ImportReport.Row;
import io.orderflow.salesorder.api.IntakeResult;
import io.orderflow.salesorder.api.OrderImportService;
import io.orderflow.salesorder.api.SalesOrderService;
import io.orderflow.salesorder.internal.domain.OrderCsv;
import io.orderflow.salesorder.internal.domain.OrderCsv.CsvOrder;
import io.orderflow.salesorder.internal.domain.OrderCsv.RowProblem;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Bulk intake: every order of the file goes through {@link SalesOrderService#create} in its own transaction. */
@Component(service = OrderImportService.class)
public final class OrderImportServiceImpl implements OrderImportService {

    private static final Logger LOG = LoggerFactory.getLogger(OrderImportServiceImpl.class);

    private final SalesOrderService orders;

    @Activate
    public OrderImportServiceImpl(@Reference SalesOrderService orders) {
        this.orders = orders;
    }

    @Override
    public ImportReport importCsv(Reader csv, Actor actor) {
        List<CsvOrder> fileOrders = OrderCsv.read(csv);
        List<Row> rows = new ArrayList<>();
        int accepted = 0;
        int known = 0;
        for (CsvOrder order : fileOrders) {
            List<RowProblem> problems = readingProblems(order);
            if (problems.isEmpty()) {
                try {
                    IntakeResult result = orders.create(order.draft(), Channel.FILE, actor);
                    Outcome outcome = result.created() ? Outcome.ACCEPTED : Outcome.ALREADY_RECEIVED;
                    accepted += result.created() ? 1 : 0;
                    known += result.created() ? 0 : 1;
                    order.rows().forEach(row -> rows.add(new Row(row, order.customerPo(), outcome,
                            result.order().number(), List.of())));
                    continue;
                } catch (ValidationException e) {
                    e.problems().forEach(p -> problems.add(OrderCsv.locate(order, p)));
                }
            }
            rows.addAll(refused(order, problems));
        }
        rows.sort(Comparator.comparingLong(Row::row));
        ImportReport report = new ImportReport(fileOrders.size(), accepted, known, fileOrders.size() - accepted - known,
                List.copyOf(rows));
        LOG.info("Bulk intake by {}: {} order(s) in {} row(s), {} accepted, {} already received, {} refused",
                actor.name(), report.orders(), rows.size(), accepted, known, report.refused());
        return report;
    }

    private static List<RowProblem> readingProblems(CsvOrder order) {
        List<RowProblem> problems = new ArrayList<>();
        order.readingProblems().forEach((row, found) -> found.forEach(p -> problems.add(new RowProblem(row, p))));
        return problems;
    }

    /** Every row of a refused order is reported, those without a problem of their own as refused with the others. */
    private static List<Row> refused(CsvOrder order, List<RowProblem> problems) {
        Map<Long, List<FieldProblem>> byRow = new LinkedHashMap<>();
        order.rows().forEach(row -> byRow.put(row, new ArrayList<>()));
        problems.forEach(p -> byRow.get(p.row()).add(p.problem()));
        List<Row> rows = new ArrayList<>();
        byRow.forEach((row, found) -> rows.add(new Row(row, order.customerPo(), Outcome.REFUSED, null, found.isEmpty()
                ? List.of(new FieldProblem("order", "refused for the problems of its other rows")) : List.copyOf(found))));
        return rows;
    }
}
