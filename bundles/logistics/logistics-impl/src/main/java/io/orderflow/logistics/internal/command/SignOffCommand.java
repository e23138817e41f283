package io.orderflow.logistics.internal.command;

import io.orderflow.logistics.api.Shipment;
import io.orderflow.logistics.api.ShipmentService;
import io.orderflow.logistics.api.SignOffSource;
import io.orderflow.platform.api.security.ActorContext;
import io.orderflow.platform.api.text.SafePrintStream;
import java.io.PrintStream;
import java.time.OffsetDateTime;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code logistics:sign-off --signer "Li Na" --at 2026-12-08T15:30:00+08:00 [--source DRIVER] <shipment>}: the
 * customer signed for a shipment.
 */
@Service
@Command(scope = "logistics", name = "sign-off", description = "Records the customer's sign-off of a shipment")
public class SignOffCommand implements Action {

    @Reference
    private ShipmentService shipments;

    @Reference
    private ActorContext actors;

    @Reference
    private Session session;

    @Option(name = "--signer", required = true, description = "Who signed")
    private String signer;

    @Option(name = "--at", required = true, description = "When, with its offset: 2026-12-08T15:30:00+08:00")
    private String at;

    @Option(name = "--source", description = "CUSTOMER_WORD (logistics, the default) or DRIVER (fleet)")
    private SignOffSource source = SignOffSource.CUSTOMER_WORD;

    @Argument(index = 0, name = "shipment", required = true, description = "Shipment id, e.g. SH-2026-000001")
    private String shipment;

    @Override
    public Object execute() {
        Shipment signed = shipments.signOff(shipment, signer, OffsetDateTime.parse(at), source, actors.current());
        PrintStream out = SafePrintStream.of(session.getConsole());
        ShipmentText.print(out, signed);
        shipments.order(signed.orderNumber()).ifPresent(o -> out.println("Order " + o.orderNumber() + ": "
                + o.stage()));
        return null;
    }
}
