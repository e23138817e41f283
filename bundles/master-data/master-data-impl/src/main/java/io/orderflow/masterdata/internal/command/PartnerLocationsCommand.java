package io.orderflow.masterdata.internal.command;

import io.orderflow.masterdata.api.PartnerLocation;
import io.orderflow.masterdata.api.PartnerMappingService;
import io.orderflow.platform.api.Address;
import io.orderflow.platform.api.text.SafePrintStream;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code master-data:partner-locations <partner>}: which customer and address a partner's location codes mean. */
@Service
@Command(scope = "master-data", name = "partner-locations", description = "Lists an EDI partner's locations")
public class PartnerLocationsCommand implements Action {

    @Reference
    private PartnerMappingService partners;

    @Reference
    private Session session;

    @Argument(index = 0, name = "partner", required = true, description = "The partner profile's name")
    private String partner;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Customer");
        table.column("Name");
        table.column("Delivery address");
        for (PartnerLocation location : partners.locations(partner)) {
            table.addRow().addContent(location.code(), location.customerId(),
                    location.name() == null ? "" : location.name(), shown(location.deliveryAddress()));
        }
        table.print(SafePrintStream.of(session.getConsole()));
        return null;
    }

    private static String shown(Address address) {
        return address == null ? "(customer's default)" : Stream.of(address.line1(), address.line2(),
                address.postalCode(), address.city(), address.country()).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }
}
