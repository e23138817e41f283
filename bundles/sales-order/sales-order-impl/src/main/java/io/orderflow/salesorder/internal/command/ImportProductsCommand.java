package io.orderflow.salesorder.internal.command;

import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.salesorder.api.Product;
import io.orderflow.salesorder.api.ProductService;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.FileCompleter;

/**
 * {@code sales-order:import-products <file.csv>}: creates or replaces products from a CSV file with the header
 * {@code code,name,unit,listPrice,currency,minLeadTimeDays,customAllowed}.
 */
@Service
@Command(scope = "sales-order", name = "import-products", description = "Imports products from a CSV file")
public class ImportProductsCommand implements Action {

    static final String[] HEADER = {"code", "name", "unit", "listPrice", "currency", "minLeadTimeDays", "customAllowed"};

    @Reference
    private ProductService products;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Argument(index = 0, name = "file", required = true, description = "CSV file with a header row")
    @Completion(FileCompleter.class)
    private String file;

    @Override
    public Object execute() throws Exception {
        var actor = actors.current();
        CsvImport.Report report = CsvImport.run(Path.of(file), HEADER, row -> products.save(new Product(row.get("code"),
                row.get("name"), row.get("unit"), Money.of(row.get("listPrice"), row.get("currency")),
                CsvImport.integer(row, "minLeadTimeDays"), Boolean.parseBoolean(row.get("customAllowed"))), actor).code());
        report.print(session.getConsole());
        return null;
    }
}
