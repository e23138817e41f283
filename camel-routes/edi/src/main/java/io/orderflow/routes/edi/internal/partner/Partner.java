package io.orderflow.routes.edi.internal.partner;

import java.util.regex.Pattern;

/**
 * A trading partner's profile.
 *
 * @param id               our name for the partner; it names its folders, so letters, digits, {@code -} and {@code _}
 * @param standard         what it sends and gets
 * @param version          what we write: X12 {@code 004010} (GS08), EDIFACT {@code D96A}
 * @param qualifier        its interchange id qualifier (ISA05 / UNB02-2), may be empty for EDIFACT
 * @param interchangeId    its interchange sender id (ISA06 / UNB02-1): files from anyone else are refused
 * @param ourQualifier     our qualifier (ISA07 / UNB03-2)
 * @param ourId            our interchange id (ISA08 / UNB03-1): files addressed to anyone else are refused
 * @param customerId       the sales customer its orders are for
 * @param acknowledgement  the functional acknowledgement it wants
 * @param ta1              whether it wants a TA1 interchange acknowledgement on envelope errors (X12)
 * @param duplicates       what happens to an interchange it sends again
 * @param strictness       how strictly its files are read
 * @param delimiters       what we write with
 * @param transport        where its files come and go
 * @param dispatchAdvice   whether it gets an 856 / DESADV for each shipment of its orders
 * @param invoices         whether it gets an 810 / INVOIC for each invoice of its orders
 * @param statuses         how its carrier status messages (214 / IFTSTA) are read
 */
public record Partner(String id, Standard standard, String version, String qualifier, String interchangeId,
                      String ourQualifier, String ourId, String customerId, Acknowledgement acknowledgement,
                      boolean ta1, DuplicatePolicy duplicates, Strictness strictness, Delimiters delimiters,
                      Transport transport, boolean dispatchAdvice, boolean invoices, StatusSettings statuses) {

    /** A partner with the status profile's defaults, getting no invoices. */
    public Partner(String id, Standard standard, String version, String qualifier, String interchangeId,
                   String ourQualifier, String ourId, String customerId, Acknowledgement acknowledgement, boolean ta1,
                   DuplicatePolicy duplicates, Strictness strictness, Delimiters delimiters, Transport transport,
                   boolean dispatchAdvice) {
        this(id, standard, version, qualifier, interchangeId, ourQualifier, ourId, customerId, acknowledgement, ta1,
                duplicates, strictness, delimiters, transport, dispatchAdvice, false,
                StatusSettings.defaults(standard));
    }

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,35}");

    /** True when {@code id} can name a partner and its folders. */
    public static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** True when the envelope's sender is this partner. */
    public boolean sentBy(String senderQualifier, String senderId) {
        return sameId(interchangeId, senderId) && sameQualifier(qualifier, senderQualifier);
    }

    /** True when the envelope's receiver is us, as this partner knows us. */
    public boolean sentTo(String receiverQualifier, String receiverId) {
        return sameId(ourId, receiverId) && sameQualifier(ourQualifier, receiverQualifier);
    }

    private static boolean sameId(String expected, String actual) {
        return actual != null && expected.equals(actual.strip());
    }

    // EDIFACT partners often leave the qualifier out; when they give one, it must be the agreed one.
    private static boolean sameQualifier(String expected, String actual) {
        return actual == null || actual.isBlank() || expected.isBlank() || expected.equals(actual.strip());
    }
}
