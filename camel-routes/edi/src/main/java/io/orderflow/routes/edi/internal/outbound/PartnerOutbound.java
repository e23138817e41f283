package io.orderflow.routes.edi.internal.outbound;

import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.routes.edi.internal.gateway.EdiGateway;
import io.orderflow.routes.edi.internal.ledger.EdiLedger;
import io.orderflow.routes.edi.internal.ledger.InterchangeHeader;
import io.orderflow.routes.edi.internal.ledger.OrderLink;
import io.orderflow.routes.edi.internal.ledger.RenderedFile;
import io.orderflow.routes.edi.internal.ledger.StoredFile;
import io.orderflow.routes.edi.internal.partner.Acknowledgement;
import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.transport.Outbox;
import io.orderflow.salesorder.api.Channel;
import io.orderflow.salesorder.api.SalesOrderService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What every document we send about a partner's order shares (a service of this bundle only, for its senders): finding the partner the order came from, and sending
 * one set to it for an event (rendered with our next control number and kept in the ledger first, its acknowledgement
 * expected within the gateway's {@code ackOverdueHours} unless the partner wants none, then written into its outbox).
 */
@Component(service = PartnerOutbound.class)
public final class PartnerOutbound {

    /** A partner's order: the partner's profile and how its order named things. */
    record Addressee(Partner partner, OrderLink link) {
    }

    /** Writes the set once its control number is known. */
    @FunctionalInterface
    interface Body {
        byte[] write(long controlNumber, LocalDateTime now);
    }

    private final EdiLedger ledger;
    private final Function<String, Optional<Partner>> profiles;
    private final Function<Partner, Outbox> outboxes;
    private final IntSupplier ackOverdueHours;
    private final Predicate<String> cameByEdi;
    private final BusinessClock clock;

    /** The gateway's profiles and outboxes; sales tells the orders that came by EDI. */
    @Activate
    public PartnerOutbound(@Reference EdiLedger ledger, @Reference EdiGateway gateway,
                           @Reference SalesOrderService sales, @Reference BusinessClock clock) {
        this(ledger, gateway::partner, gateway::outbox, gateway::ackOverdueHours,
                number -> sales.find(number).map(order -> order.channel() == Channel.EDI).orElse(false), clock);
    }

    /**
     * @param profiles  the partner profiles in force, by name
     * @param cameByEdi whether sales has the order as one that came by EDI
     */
    PartnerOutbound(EdiLedger ledger, Function<String, Optional<Partner>> profiles, Function<Partner, Outbox> outboxes,
                    IntSupplier ackOverdueHours, Predicate<String> cameByEdi, BusinessClock clock) {
        this.ledger = ledger;
        this.profiles = profiles;
        this.outboxes = outboxes;
        this.ackOverdueHours = ackOverdueHours;
        this.cameByEdi = cameByEdi;
        this.clock = clock;
    }

    /**
     * The partner an order came from; empty for an order from another channel.
     *
     * @throws IllegalStateException while an EDI order's interchange is not recorded yet or its partner has no
     *                               profile: the relay delivers the event again later
     */
    Optional<Addressee> addressee(String orderNumber) {
        Optional<OrderLink> link = ledger.link(orderNumber);
        if (link.isEmpty()) {
            if (cameByEdi.test(orderNumber)) {
                // its file is still being taken (or is taken again after a crash)
                throw new IllegalStateException("order " + orderNumber + " came by EDI but its interchange is not"
                        + " recorded yet; what we send about it waits");
            }
            return Optional.empty();
        }
        Partner partner = profiles.apply(link.get().partner()).orElseThrow(() -> new IllegalStateException(
                "EDI partner " + link.get().partner() + " has no profile; what we send about " + orderNumber
                        + " waits for it"));
        return Optional.of(new Addressee(partner, link.get()));
    }

    /**
     * Sends the set that answers {@code cause}: the one kept when the event comes again, so a redelivered event
     * writes the same file under the same name.
     *
     * @param type    the set or message type, e.g. {@code 856}; it names the file
     * @param version what the ledger records as its version
     */
    StoredFile send(Partner partner, DomainEvent cause, String type, String version, Body body) {
        Instant now = clock.now();
        Instant ackDue = partner.acknowledgement() == Acknowledgement.NONE ? null
                : now.plus(Duration.ofHours(ackOverdueHours.getAsInt()));
        LocalDateTime written = LocalDateTime.now(clock.clock());
        StoredFile file = ledger.outbound(partner.id(), cause.id(), new InterchangeHeader("", partner.standard().name(),
                        version, type, 1, List.of()), ackDue,
                control -> RenderedFile.named(type, partner.standard(), control, body.write(control, written)), now);
        ledger.deliver(file, outboxes.apply(partner), now);
        return file;
    }
}
