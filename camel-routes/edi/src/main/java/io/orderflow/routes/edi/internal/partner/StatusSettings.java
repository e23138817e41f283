package io.orderflow.routes.edi.internal.partner;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How a carrier's status messages (X12 214, EDIFACT IFTSTA) are read.
 *
 * @param codes           its status codes as milestones and flags
 * @param zone            the zone assumed for a time that names none and whose place tells none
 * @param proofOfDelivery whether its delivery with a signer counts as the customer's sign-off
 */
public record StatusSettings(StatusCodes codes, ZoneId zone, boolean proofOfDelivery) {

    /** The standard's codes, UTC, no proof of delivery: the profile's defaults. */
    public static StatusSettings defaults(Standard standard) {
        return new StatusSettings(StatusCodes.defaults(standard), ZoneOffset.UTC, false);
    }
}
