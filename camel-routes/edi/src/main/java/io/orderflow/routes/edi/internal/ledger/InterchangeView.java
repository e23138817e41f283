package io.orderflow.routes.edi.internal.ledger;

import java.time.Instant;
import java.util.List;

/**
 * An interchange as people follow it.
 *
 * @param direction         IN (from the partner) or OUT (ours)
 * @param orders            the sales orders an inbound interchange gave
 * @param warnings          IN: what was read leniently, one sentence each
 * @param documentId        the file that brought it (IN) or carried it (OUT); its bytes at {@code /documents/{id}/raw}
 * @param acknowledgementId IN: the acknowledgement we wrote for it, null when none
 * @param acknowledgementDue OUT: by when the partner should have acknowledged it
 * @param acknowledged      OUT: when the partner's acknowledgement came, null before
 */
public record InterchangeView(long id, String partner, String direction, String controlNumber, String standard,
                              String version, String messages, String state, int sets, int acceptedSets,
                              List<String> orders, String reason, List<String> warnings, int duplicates,
                              long documentId,
                              Long acknowledgementId, Instant acknowledgementDue, Instant acknowledged,
                              Instant createdAt, Instant updatedAt) {
}
