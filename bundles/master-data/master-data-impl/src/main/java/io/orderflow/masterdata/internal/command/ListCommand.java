package io.orderflow.masterdata.internal.command;

import io.orderflow.masterdata.api.Customer;
import io.orderflow.masterdata.api.CustomerService;
import io.orderflow.masterdata.api.MasterDataImportService;
import io.orderflow.masterdata.api.OrgMember;
import io.orderflow.masterdata.api.OrganisationService;
import io.orderflow.masterdata.api.Product;
import io.orderflow.masterdata.api.ProductService;
import io.orderflow.masterdata.api.Region;
import io.orderflow.masterdata.api.RegionService;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.text.SafePrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code master-data:list customers|products|regions|organisation}: the master data of one kind. */
@Service
@Command(scope = "master-data", name = "list", description = "Lists the customers, products, regions or"
        + " the organisation")
public class ListCommand implements Action {

    @Reference
    private CustomerService customers;

    @Reference
    private ProductService products;

    @Reference
    private RegionService regions;

    @Reference
    private OrganisationService organisation;

    @Reference
    private Session session;

    @Argument(index = 0, name = "kind", required = true, description = "customers, products, regions or"
            + " organisation")
    private String kind;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        switch (MasterDataImportService.Kind.named(kind)) {
            case CUSTOMERS -> {
                table.column("Id");
                table.column("Name");
                table.column("Region");
                table.column("Credit limit").alignRight();
                table.column("Terms");
                table.column("Group");
                for (Customer c : customers.list()) {
                    table.addRow().addContent(c.id(), c.name(), c.region(), c.creditLimit(), c.paymentTerms(),
                            c.customerGroup());
                }
            }
            case PRODUCTS -> {
                table.column("Code");
                table.column("Name");
                table.column("Unit");
                table.column("List price").alignRight();
                table.column("Lead days").alignRight();
                table.column("Custom");
                for (Product p : products.list()) {
                    table.addRow().addContent(p.code(), p.name(), p.unit(), p.listPrice(), p.minLeadTimeDays(),
                            p.customAllowed());
                }
            }
            case REGIONS -> {
                table.column("Code");
                table.column("Name");
                for (Region r : regions.list()) {
                    table.addRow().addContent(r.code(), r.name());
                }
            }
            case ORGANISATION -> {
                table.column("User");
                table.column("Department");
                table.column("Manager");
                for (OrgMember m : organisation.list()) {
                    table.addRow().addContent(m.user(), m.department(), m.manager() == null ? "" : m.manager());
                }
            }
            case PARTNER_ITEMS, PARTNER_LOCATIONS -> throw new ValidationException("kind", "a partner's tables are"
                    + " listed by master-data:partner-items <partner> and master-data:partner-locations <partner>");
        }
        table.print(SafePrintStream.of(session.getConsole()));
        return null;
    }
}
