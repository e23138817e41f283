package io.orderflow.logistics.api;

import java.time.Instant;
import java.time.LocalDate;

/** A dedicated vehicle booked by {@code fleet} for a shipment. */
public record Trip(String shipmentId, String vehicle, String driver, LocalDate departure, LocalDate arrival,
                   String bookedBy, Instant bookedAt) {
}
