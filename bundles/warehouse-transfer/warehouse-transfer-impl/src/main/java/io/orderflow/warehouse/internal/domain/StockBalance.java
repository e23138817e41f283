package io.orderflow.warehouse.internal.domain;

import io.orderflow.platform.api.error.ConflictException;
import java.math.BigDecimal;

/**
 * The stock of one product in one warehouse. Its rules hold after every posting: no quantity below zero, and never
 * more reserved than on hand.
 */
public record StockBalance(BigDecimal onHand, BigDecimal reserved, BigDecimal inTransit, BigDecimal quarantine) {

    public static final StockBalance EMPTY = new StockBalance(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO);

    public BigDecimal available() {
        return onHand.subtract(reserved);
    }

    public BigDecimal get(Bucket bucket) {
        return switch (bucket) {
            case ON_HAND -> onHand;
            case RESERVED -> reserved;
            case IN_TRANSIT -> inTransit;
            case QUARANTINE -> quarantine;
        };
    }

    /**
     * The balance after adding {@code delta} to {@code bucket}.
     *
     * @throws ConflictException when a quantity would fall below zero or more would be reserved than is on hand,
     *                           saying how much there is
     */
    public StockBalance plus(Bucket bucket, BigDecimal delta, String what) {
        StockBalance next = switch (bucket) {
            case ON_HAND -> new StockBalance(onHand.add(delta), reserved, inTransit, quarantine);
            case RESERVED -> new StockBalance(onHand, reserved.add(delta), inTransit, quarantine);
            case IN_TRANSIT -> new StockBalance(onHand, reserved, inTransit.add(delta), quarantine);
            case QUARANTINE -> new StockBalance(onHand, reserved, inTransit, quarantine.add(delta));
        };
        if (next.get(bucket).signum() < 0) {
            throw new ConflictException(what + ": " + Quantities.text(get(bucket)) + " " + words(bucket)
                    + ", cannot take " + Quantities.text(delta.negate()));
        }
        if (next.reserved.compareTo(next.onHand) > 0) {
            throw new ConflictException(what + ": " + Quantities.text(onHand) + " on hand of which "
                    + Quantities.text(reserved) + " reserved; only " + Quantities.text(available()) + " available");
        }
        return next;
    }

    private static String words(Bucket bucket) {
        return bucket.name().toLowerCase().replace('_', ' ');
    }
}
