package io.orderflow.routes.edi.internal.mapping;

import io.orderflow.masterdata.api.ItemIdKind;
import java.util.List;
import java.util.Map;

/**
 * How partners qualify an item number: X12 product/service id qualifiers (PO106 onwards) and EDIFACT item type codes
 * (LIN / PIA 7143) mean the same where they share a code.
 */
final class ItemQualifiers {

    private static final Map<String, ItemIdKind> KINDS = Map.ofEntries(
            Map.entry("BP", ItemIdKind.BUYER_ITEM), Map.entry("IN", ItemIdKind.BUYER_ITEM),
            Map.entry("SK", ItemIdKind.BUYER_ITEM),
            Map.entry("VP", ItemIdKind.VENDOR_PART), Map.entry("VN", ItemIdKind.VENDOR_PART),
            Map.entry("SA", ItemIdKind.VENDOR_PART),
            Map.entry("UP", ItemIdKind.UPC), Map.entry("UA", ItemIdKind.UPC),
            Map.entry("EN", ItemIdKind.GTIN), Map.entry("UK", ItemIdKind.GTIN), Map.entry("SRV", ItemIdKind.GTIN));
    /** Which numbers may be our own product code, the vendor's (ours) first. */
    private static final List<ItemIdKind> OURS_FIRST = List.of(ItemIdKind.VENDOR_PART, ItemIdKind.BUYER_ITEM);

    private ItemQualifiers() {
    }

    /** The kind of number a qualifier names; null for one we do not know. */
    static ItemIdKind kind(String qualifier) {
        return KINDS.get(qualifier == null ? "" : qualifier.strip());
    }

    /** 0 for the vendor's part, 1 for the buyer's, 2 for anything else: the order we try them as our own code. */
    static int asOurCode(ItemIdKind kind) {
        int rank = OURS_FIRST.indexOf(kind);
        return rank < 0 ? OURS_FIRST.size() : rank;
    }
}
