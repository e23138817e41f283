package io.orderflow.logistics.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The installation job of an order that needs one, opened by the sign-off of its last open quantity.
 *
 * @param scheduledOn null until {@code logistics} schedules it
 * @param acceptedBy  the customer's person who accepted it; null before
 */
public record Installation(String orderNumber, LocalDate scheduledOn, String installer, String acceptedBy,
                           Instant acceptedAt, String recordedBy) {

    public boolean accepted() {
        return acceptedAt != null;
    }
}
