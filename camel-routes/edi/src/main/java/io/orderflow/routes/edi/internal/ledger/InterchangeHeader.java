package io.orderflow.routes.edi.internal.ledger;

import java.util.List;

/**
 * What the ledger records of an interchange as it arrives or leaves.
 *
 * @param messages the transaction set or message types in it, e.g. {@code 850} or {@code ORDERS}
 * @param warnings what was read leniently, one sentence each
 */
public record InterchangeHeader(String controlNumber, String standard, String version, String messages, int sets,
                                List<String> warnings) {

    /** Each value within its ledger column, whatever a broken envelope holds. */
    public InterchangeHeader {
        controlNumber = fit(controlNumber, 35);
        version = fit(version, 12);
        messages = fit(messages, 100);
    }

    private static String fit(String value, int length) {
        return value.substring(0, Math.min(value.length(), length));
    }
}
