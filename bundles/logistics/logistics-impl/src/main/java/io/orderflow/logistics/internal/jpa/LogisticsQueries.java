package io.orderflow.logistics.internal.jpa;

import io.orderflow.logistics.api.OrderStage;
import io.orderflow.logistics.api.Parcel;
import io.orderflow.logistics.api.ShipmentStatus;
import io.orderflow.logistics.api.ShippingMethod;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

/** The department's reads, in JPQL. */
public final class LogisticsQueries {

    /** EclipseLink's query hint (QueryHints.READ_ONLY): the results are not registered in the unit of work. */
    private static final String READ_ONLY = "eclipselink.read-only";

    private static final List<ShipmentStatus> AWAITING_SIGN_OFF = List.of(ShipmentStatus.DISPATCHED,
            ShipmentStatus.AWAITING_SIGNOFF);

    private LogisticsQueries() {
    }

    public static ShippingOrderEntity lockOrder(EntityManager em, String orderNumber) {
        return em.find(ShippingOrderEntity.class, orderNumber, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Shipments of an order and/or in a status (null for any), newest first. */
    public static List<ShipmentEntity> shipments(EntityManager em, String orderNumber, ShipmentStatus status) {
        TypedQuery<ShipmentEntity> query = em.createQuery("SELECT s FROM ShipmentEntity s WHERE 1 = 1"
                + (orderNumber == null ? "" : " AND s.orderNumber = :order")
                + (status == null ? "" : " AND s.status = :status")
                + " ORDER BY s.createdAt DESC, s.id DESC", ShipmentEntity.class);
        if (orderNumber != null) {
            query.setParameter("order", orderNumber);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    public static boolean awaitingSignOff(EntityManager em, String orderNumber) {
        return !em.createQuery("SELECT s.id FROM ShipmentEntity s WHERE s.orderNumber = :order"
                        + " AND s.status IN :statuses", String.class)
                .setParameter("order", orderNumber).setParameter("statuses", AWAITING_SIGN_OFF)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public static List<Parcel> packages(EntityManager em, String shipmentId) {
        return packageEntities(em, shipmentId).stream().map(PackageEntity::toRecord).toList();
    }

    public static List<PackageEntity> packageEntities(EntityManager em, String shipmentId) {
        return em.createQuery("SELECT p FROM PackageEntity p WHERE p.shipmentId = :shipment ORDER BY p.id",
                PackageEntity.class).setParameter("shipment", shipmentId).getResultList();
    }

    /** The shipment a carrier's tracking number belongs to: that of its newest package with it. */
    public static Optional<String> shipmentTracked(EntityManager em, String trackingNumber) {
        return em.createQuery("SELECT p.shipmentId FROM PackageEntity p WHERE p.trackingNumber = :number"
                        + " ORDER BY p.id DESC", String.class).setParameter("number", trackingNumber)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    /**
     * A shipment's tracking events in the order they arrived, read only: a long history kept out of the unit of work
     * would otherwise be looked over for changes before every later query of the transaction.
     */
    public static List<TrackingEventEntity> trackingEvents(EntityManager em, String shipmentId) {
        return em.createQuery("SELECT e FROM TrackingEventEntity e WHERE e.shipmentId = :shipment ORDER BY e.id",
                TrackingEventEntity.class).setParameter("shipment", shipmentId)
                .setHint(READ_ONLY, Boolean.TRUE).getResultList();
    }

    /**
     * Whether an event is kept already, under the carrier's event id (when it has one) or under its tracking number,
     * code and time ({@code timeKey}).
     */
    public static boolean trackingEventKnown(EntityManager em, String carrier, String providerEventId,
                                             String trackingNumber, String code, String timeKey) {
        // two lookups, one per unique key: Derby answers an OR of the two by reading the whole table
        return providerEventId != null && !em.createQuery("SELECT e.id FROM TrackingEventEntity e"
                        + " WHERE e.carrier = :carrier AND e.providerEventId = :eventId", Long.class)
                .setParameter("carrier", carrier).setParameter("eventId", providerEventId)
                .setMaxResults(1).getResultList().isEmpty()
                || !em.createQuery("SELECT e.id FROM TrackingEventEntity e WHERE e.trackingNumber = :number"
                        + " AND e.code = :code AND e.timeKey = :time", Long.class)
                .setParameter("number", trackingNumber).setParameter("code", code).setParameter("time", timeKey)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Orders still open in logistics, oldest number first. */
    public static List<ShippingOrderEntity> openOrders(EntityManager em) {
        return em.createQuery("SELECT o FROM ShippingOrderEntity o WHERE o.stage = :open ORDER BY o.orderNumber",
                ShippingOrderEntity.class).setParameter("open", OrderStage.OPEN).getResultList();
    }

    public static List<ShipmentEntity> tripsToBook(EntityManager em) {
        return em.createQuery("SELECT s FROM ShipmentEntity s WHERE s.status = :planned AND s.method = :dedicated"
                        + " AND s.vehicle IS NULL ORDER BY s.createdAt, s.id", ShipmentEntity.class)
                .setParameter("planned", ShipmentStatus.PLANNED)
                .setParameter("dedicated", ShippingMethod.DEDICATED_VEHICLE).getResultList();
    }

    public static List<ShipmentEntity> booked(EntityManager em) {
        return em.createQuery("SELECT s FROM ShipmentEntity s WHERE s.vehicle IS NOT NULL AND s.status <> :cancelled"
                        + " ORDER BY s.departure, s.id", ShipmentEntity.class)
                .setParameter("cancelled", ShipmentStatus.CANCELLED).getResultList();
    }

    /** Shipments still waiting for sign-off whose estimated arrival is before {@code today}. */
    public static List<ShipmentEntity> overdue(EntityManager em, LocalDate today) {
        return em.createQuery("SELECT s FROM ShipmentEntity s WHERE s.status IN :statuses"
                        + " AND s.estimatedArrival < :today ORDER BY s.estimatedArrival, s.id", ShipmentEntity.class)
                .setParameter("statuses", AWAITING_SIGN_OFF).setParameter("today", today).getResultList();
    }

    /** Orders delivered between the two days, both included. */
    public static List<ShippingOrderEntity> deliveredBetween(EntityManager em, LocalDate first, LocalDate last) {
        return em.createQuery("SELECT o FROM ShippingOrderEntity o WHERE o.deliveredOn BETWEEN :first AND :last"
                        + " ORDER BY o.orderNumber", ShippingOrderEntity.class)
                .setParameter("first", first).setParameter("last", last).getResultList();
    }
}
