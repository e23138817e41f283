package io.orderflow.routes.edi.internal.syntax;

/**
 * An interchange's addressing and control data (ISA or UNB).
 *
 * @param syntaxVersion ISA12 (e.g. {@code 00401}) or UNB01 (e.g. {@code UNOA:3})
 * @param date          ISA09 (YYMMDD) or UNB04-1
 * @param time          ISA10 (HHMM) or UNB04-2
 */
public record Envelope(String senderQualifier, String senderId, String receiverQualifier, String receiverId,
                       String controlNumber, String syntaxVersion, String date, String time, boolean test) {
}
