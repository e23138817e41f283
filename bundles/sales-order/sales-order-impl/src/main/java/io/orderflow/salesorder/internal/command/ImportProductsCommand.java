package io.orderflow.salesorder.internal.command;

import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.salesorder.api.Product;
import io.orderflow.salesorder.api.ProductService;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code sales-order:import-products <file.csv>}: creates or replaces products of the price list. */
@Service
@Command(scope = "sales-order", name = "import-products", description = "Imports products from a CSV file"
        + " (code,name,unit,listPrice,currency,minLeadTimeDays,customAllowed)")
public class ImportProductsCommand extends CsvImportCommand {

    @Reference
    private ProductService products;

    @Override
    List<String> header() {
        return List.of("code", "name", "unit", "listPrice", "currency", "minLeadTimeDays", "customAllowed");
    }

    @Override
    void save(CSVRecord row, Actor actor) {
        products.save(new Product(row.get("code"), row.get("name"), row.get("unit"),
                Money.of(row.get("listPrice"), row.get("currency")), integer(row, "minLeadTimeDays"),
                Boolean.parseBoolean(row.get("customAllowed"))), actor);
    }
}
