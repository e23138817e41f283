package io.orderflow.masterdata.internal.command;

import io.orderflow.masterdata.api.PartnerItem;
import io.orderflow.masterdata.api.PartnerMappingService;
import io.orderflow.platform.api.text.SafePrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code master-data:partner-items <partner>}: what a partner's item numbers mean. */
@Service
@Command(scope = "master-data", name = "partner-items", description = "Lists an EDI partner's item cross-reference")
public class PartnerItemsCommand implements Action {

    @Reference
    private PartnerMappingService partners;

    @Reference
    private Session session;

    @Argument(index = 0, name = "partner", required = true, description = "The partner profile's name")
    private String partner;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Kind");
        table.column("Partner item");
        table.column("Product");
        table.column("Unit");
        table.column("Pack size").alignRight();
        for (PartnerItem item : partners.items(partner)) {
            table.addRow().addContent(item.kind(), item.partnerItem(), item.productCode(),
                    item.partnerUnit() == null ? "(product's)" : item.partnerUnit(), item.packSize());
        }
        table.print(SafePrintStream.of(session.getConsole()));
        return null;
    }
}
