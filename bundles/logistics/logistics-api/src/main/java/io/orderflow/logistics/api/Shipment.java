package io.orderflow.logistics.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A shipment of an order.
 *
 * @param id               e.g. {@code SH-2026-000001}
 * @param releaseRule      the rule of {@link ShipmentRelease} that let it ship
 * @param trip             the booked dedicated vehicle; null for express or before booking
 * @param dispatchedOn     the business day it left; null before
 * @param estimatedArrival express: the configured days after dispatch; dedicated: the trip's arrival; null before
 * @param signOff          null until the customer signed
 * @param milestone        the furthest its carriers' tracking events took it ({@link TrackingService}); null until
 *                         one of them said where it is
 */
public record Shipment(String id, String orderNumber, String customerId, ShipmentStatus status, ShippingMethod method,
                       List<ShipmentLine> lines, List<Parcel> packages, Freight freight, String releaseRule,
                       Trip trip, LocalDate dispatchedOn, LocalDate estimatedArrival, SignOff signOff,
                       Milestone milestone, String createdBy, Instant createdAt) {
}
