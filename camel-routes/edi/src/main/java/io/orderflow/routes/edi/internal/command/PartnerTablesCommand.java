package io.orderflow.routes.edi.internal.command;

import io.orderflow.masterdata.api.PartnerMappingService;
import io.orderflow.platform.api.text.SafePrintStream;
import io.orderflow.routes.edi.internal.gateway.EdiGateway;
import io.orderflow.routes.edi.internal.rest.PartnerTablesView;
import java.io.PrintStream;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code edi:partner-tables}: each partner's cross-reference and location table, orphaned ones marked. */
@Service
@Command(scope = "edi", name = "partner-tables", description = "Lists the partners' item cross-references and"
        + " location tables; those of a partner without a profile are orphaned")
public class PartnerTablesCommand implements Action {

    @Reference
    private PartnerMappingService partnerTables;

    @Reference
    private EdiGateway gateway;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        PrintStream out = SafePrintStream.of(session.getConsole());
        out.printf("%-35s %7s %9s %s%n", "PARTNER", "ITEMS", "LOCATIONS", "PROFILE");
        for (Map<String, Object> row : PartnerTablesView.of(partnerTables.partners(), gateway.partners())) {
            out.printf("%-35s %7d %9d %s%n", row.get("partner"), (Integer) row.get("items"),
                    (Integer) row.get("locations"), Boolean.TRUE.equals(row.get("orphaned")) ? "orphaned" : "in force");
        }
        return null;
    }
}
