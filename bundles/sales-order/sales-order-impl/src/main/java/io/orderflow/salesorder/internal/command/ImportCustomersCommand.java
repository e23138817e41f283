package io.orderflow.salesorder.internal.command;

import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.salesorder.api.Contact;
import io.orderflow.salesorder.api.Customer;
import io.orderflow.salesorder.api.CustomerService;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code sales-order:import-customers <file.csv>}: creates or replaces customers. */
@Service
@Command(scope = "sales-order", name = "import-customers", description = "Imports customers from a CSV file"
        + " (id,name,region,contactName,contactPhone,contactEmail,creditLimit,currency,paymentTerms)")
public class ImportCustomersCommand extends CsvImportCommand {

    @Reference
    private CustomerService customers;

    @Override
    List<String> header() {
        return List.of("id", "name", "region", "contactName", "contactPhone", "contactEmail", "creditLimit", "currency",
                "paymentTerms");
    }

    @Override
    void save(CSVRecord row, Actor actor) {
        customers.save(new Customer(row.get("id"), row.get("name"), row.get("region"),
                new Contact(row.get("contactName"), row.get("contactPhone"), row.get("contactEmail")),
                Money.of(row.get("creditLimit"), row.get("currency")), row.get("paymentTerms")), actor);
    }
}
