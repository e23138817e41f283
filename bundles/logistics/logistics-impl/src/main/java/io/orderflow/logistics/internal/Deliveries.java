package io.orderflow.logistics.internal;

import io.orderflow.logistics.api.OnTimeDelivery;
import io.orderflow.logistics.api.OrderShipping;
import io.orderflow.logistics.api.OrderStage;
import io.orderflow.logistics.api.Shipment;
import io.orderflow.logistics.api.ShipmentStatus;
import io.orderflow.logistics.api.ShippingMethod;
import io.orderflow.logistics.api.SignOffSource;
import io.orderflow.logistics.api.event.InstallationAccepted;
import io.orderflow.logistics.api.event.SignedOff;
import io.orderflow.logistics.internal.jpa.LogisticsQueries;
import io.orderflow.logistics.internal.jpa.ShipmentEntity;
import io.orderflow.logistics.internal.jpa.ShippingOrderEntity;
import io.orderflow.platform.api.audit.AuditRecord;
import io.orderflow.platform.api.audit.AuditTrail;
import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.platform.api.error.Problems;
import io.orderflow.platform.api.error.NotFoundException;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.event.EventOutbox;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.platform.api.security.Roles;
import io.orderflow.platform.api.time.BusinessClock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

/**
 * The end of an order's journey: the customer's sign-off of each shipment, the installation job it may open, and the
 * lists and measure built on them (docs/business-rules.md §8).
 */
final class Deliveries {

    private static final int NAME_MAX = 100;

    private final LogisticsDatabase db;
    private final EventOutbox outbox;
    private final AuditTrail audit;
    private final BusinessClock clock;

    Deliveries(LogisticsDatabase db, EventOutbox outbox, AuditTrail audit, BusinessClock clock) {
        this.db = db;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A driver's sign-off is fleet's to record, and only for a dedicated vehicle; the customer's word is logistics';
     * a carrier's proof of delivery comes from the carrier's events, not from a user.
     */
    Shipment signOff(String shipmentId, String signer, OffsetDateTime signedAt, SignOffSource source, Actor actor) {
        Problems problems = new Problems();
        name(signer, "signer", problems);
        if (signedAt == null) {
            problems.add("signedAt", "is required: when, with its offset, e.g. 2026-12-08T15:30:00+08:00");
        } else if (signedAt.toInstant().isAfter(clock.now())) {
            problems.add("signedAt", "is in the future");
        }
        if (source == null) {
            problems.add("source", "is required: DRIVER (fleet) or CUSTOMER_WORD (logistics)");
        }
        problems.throwIfAny();
        String role = switch (source) {
            case DRIVER -> actor.requireRole("recording a driver's sign-off", Roles.FLEET);
            case CUSTOMER_WORD -> actor.requireRole("recording a sign-off on the customer's word", Roles.LOGISTICS);
            case CARRIER_POD -> throw new ValidationException("source", "a carrier's proof of delivery comes with"
                    + " the carrier's tracking events, not from a user");
        };
        return db.tx(em -> {
            ShipmentEntity shipment = em.find(ShipmentEntity.class, shipmentId, LockModeType.PESSIMISTIC_WRITE);
            if (shipment == null) {
                throw new NotFoundException("no shipment " + shipmentId);
            }
            if (source == SignOffSource.DRIVER && shipment.method() != ShippingMethod.DEDICATED_VEHICLE) {
                throw new ConflictException("shipment " + shipmentId + " went by " + shipment.method()
                        + ": it had no driver of ours");
            }
            signOff(em, shipment, signer.strip(), signedAt, source, actor.name(), role);
            return record(em, shipment);
        });
    }

    /**
     * Signs a shipment, locked by the caller, off within the caller's transaction, whoever's word it is: the order's
     * stage follows, audited, with {@code logistics/SIGNED_OFF}.
     *
     * @param role the role {@code actor} acted in; null for the system's own work
     * @throws ConflictException when the shipment is not waiting for a sign-off
     */
    void signOff(EntityManager em, ShipmentEntity shipment, String signer, OffsetDateTime signedAt,
                 SignOffSource source, String actor, String role) {
        if (shipment.status() != ShipmentStatus.DISPATCHED && shipment.status() != ShipmentStatus.AWAITING_SIGNOFF) {
            throw new ConflictException("shipment " + shipment.id() + " is " + shipment.status()
                    + ": only a dispatched shipment is signed for");
        }
        ShippingOrderEntity order = LogisticsQueries.lockOrder(em, shipment.orderNumber());
        Instant now = clock.now();
        shipment.signedOff(signer, signedAt, source, actor);
        OrderStage stage = OrderAdvance.restage(em, order, clock.today());
        audit.record(LogisticsDatabase.connection(em), new AuditRecord(now, actor, role, "SIGNED_OFF",
                shipment.id(), null, "signed by " + signer + " at " + signedAt + " (" + source + "); order "
                + order.orderNumber() + " " + stage));
        outbox.append(LogisticsDatabase.connection(em), order.orderNumber(), now, new SignedOff(shipment.id(),
                signer, signedAt.toString(), source, LogisticsEvents.progress(order), stage));
    }

    OrderShipping scheduleInstallation(String orderNumber, LocalDate on, String installer, Actor actor) {
        String role = actor.requireRole("scheduling an installation", Roles.LOGISTICS);
        Problems problems = new Problems();
        if (on == null || on.isBefore(clock.today())) {
            problems.add("on", "is required, today or later");
        }
        name(installer, "installer", problems);
        problems.throwIfAny();
        return db.tx(em -> {
            ShippingOrderEntity order = awaitingInstallation(em, orderNumber);
            order.scheduleInstallation(on, installer.strip(), actor.name());
            audit.record(LogisticsDatabase.connection(em), new AuditRecord(clock.now(), actor.name(), role,
                    "INSTALLATION_SCHEDULED", orderNumber, null, on + " by " + installer.strip()));
            return view(em, order);
        });
    }

    OrderShipping acceptInstallation(String orderNumber, String acceptedBy, Actor actor) {
        String role = actor.requireRole("recording the customer's acceptance", Roles.LOGISTICS);
        Problems problems = new Problems();
        name(acceptedBy, "acceptedBy", problems);
        problems.throwIfAny();
        return db.tx(em -> {
            ShippingOrderEntity order = awaitingInstallation(em, orderNumber);
            if (order.installOn() == null) {
                throw new ConflictException("order " + orderNumber + ": schedule the installation before its"
                        + " acceptance");
            }
            Instant now = clock.now();
            order.acceptInstallation(acceptedBy.strip(), now, actor.name());
            OrderStage stage = OrderAdvance.restage(em, order, clock.today());
            audit.record(LogisticsDatabase.connection(em), new AuditRecord(now, actor.name(), role,
                    "INSTALLATION_ACCEPTED", orderNumber, null, "accepted by " + acceptedBy.strip()));
            outbox.append(LogisticsDatabase.connection(em), orderNumber, now, new InstallationAccepted(
                    acceptedBy.strip(), order.installOn(), order.installer(), LogisticsEvents.progress(order), stage));
            return view(em, order);
        });
    }

    /** A person's name: required, at most {@value #NAME_MAX} characters. */
    private static void name(String value, String field, Problems problems) {
        if (problems.requireText(field, value)) {
            problems.limitLength(field, value, NAME_MAX);
        }
    }

    private static ShippingOrderEntity awaitingInstallation(EntityManager em, String orderNumber) {
        ShippingOrderEntity order = LogisticsQueries.lockOrder(em, orderNumber);
        if (order == null) {
            throw new NotFoundException("logistics has no order " + orderNumber);
        }
        if (order.stage() != OrderStage.AWAITING_INSTALLATION) {
            throw new ConflictException("order " + orderNumber + " is " + order.stage() + " in logistics"
                    + (order.needsInstallation() ? "" : " and needs no installation")
                    + ": its installation opens once everything is signed for");
        }
        return order;
    }

    List<Shipment> overdue() {
        return db.tx(em -> LogisticsQueries.overdue(em, clock.today()).stream().map(s -> record(em, s)).toList());
    }

    OnTimeDelivery onTime(YearMonth month) {
        return db.tx(em -> {
            List<ShippingOrderEntity> delivered = LogisticsQueries.deliveredBetween(em, month.atDay(1),
                    month.atEndOfMonth());
            List<String> late = delivered.stream().filter(o -> o.promisedOn() != null
                    && o.deliveredOn().isAfter(o.promisedOn())).map(ShippingOrderEntity::orderNumber).toList();
            int onTime = delivered.size() - late.size();
            return new OnTimeDelivery(month, delivered.size(), onTime, delivered.isEmpty() ? null
                    : BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(delivered.size()), 4, RoundingMode.HALF_UP),
                    late);
        });
    }

    static Shipment record(EntityManager em, ShipmentEntity shipment) {
        return shipment.toRecord(em.find(ShippingOrderEntity.class, shipment.orderNumber()),
                LogisticsQueries.packages(em, shipment.id()));
    }

    static OrderShipping view(EntityManager em, ShippingOrderEntity order) {
        return new OrderShipping(order.orderNumber(), order.customerId(), order.method(), order.stage(),
                order.needsInstallation(), order.lineQuantities(), LogisticsQueries.shipments(em,
                order.orderNumber(), null).stream().map(s -> record(em, s)).toList(), order.installation());
    }
}
