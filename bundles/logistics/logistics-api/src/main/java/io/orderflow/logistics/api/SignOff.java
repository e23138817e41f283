package io.orderflow.logistics.api;

import java.time.OffsetDateTime;

/**
 * The customer's sign-off of a shipment (proof of delivery).
 *
 * @param signedAt   when the customer signed, with the offset it was given in
 * @param recordedBy the user who recorded it
 */
public record SignOff(String signer, OffsetDateTime signedAt, SignOffSource source, String recordedBy) {
}
