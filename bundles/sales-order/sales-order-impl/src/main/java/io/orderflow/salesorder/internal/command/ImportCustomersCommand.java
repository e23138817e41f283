package io.orderflow.salesorder.internal.command;

import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.salesorder.api.Contact;
import io.orderflow.salesorder.api.Customer;
import io.orderflow.salesorder.api.CustomerService;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.api.action.Completion;

/**
 * {@code sales-order:import-customers <file.csv>}: creates or replaces customers from a CSV file with the header
 * {@code id,name,region,contactName,contactPhone,contactEmail,creditLimit,currency,paymentTerms}. Each row is saved
 * on its own; the report names the rows refused and why.
 */
@Service
@Command(scope = "sales-order", name = "import-customers", description = "Imports customers from a CSV file")
public class ImportCustomersCommand implements Action {

    static final String[] HEADER = {"id", "name", "region", "contactName", "contactPhone", "contactEmail",
        "creditLimit", "currency", "paymentTerms"};

    @Reference
    private CustomerService customers;

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
        CsvImport.Report report = CsvImport.run(Path.of(file), HEADER, row -> customers.save(new Customer(row.get("id"),
                row.get("name"), row.get("region"),
                new Contact(row.get("contactName"), row.get("contactPhone"), row.get("contactEmail")),
                Money.of(row.get("creditLimit"), row.get("currency")), row.get("paymentTerms")), actor).id());
        report.print(session.getConsole());
        return null;
    }
}
