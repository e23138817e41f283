package io.orderflow.routes.edi.internal.syntax;

import java.util.List;

/**
 * A functional group (X12 GS/GE, EDIFACT UNG/UNE), or for EDIFACT without UNG the messages of the interchange.
 *
 * @param functionalId  GS01 (e.g. {@code PO}, {@code FA}); for EDIFACT the message type of its first message
 * @param controlNumber GS06 or UNG05; empty for EDIFACT without UNG
 * @param version       GS08 (e.g. {@code 004010}); for EDIFACT the version of its messages (e.g. {@code D96A})
 * @param header        GS or UNG as read, for an answer to mirror; null for EDIFACT without UNG
 */
public record Group(String functionalId, String controlNumber, String version, Segment header,
                    List<TransactionSet> sets, List<SyntaxError> errors) {
}
