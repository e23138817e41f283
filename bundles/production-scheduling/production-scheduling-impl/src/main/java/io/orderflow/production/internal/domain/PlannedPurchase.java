package io.orderflow.production.internal.domain;

import java.math.BigDecimal;

/**
 * A purchase the plan proposes for a material that runs short. Its dates are fixed by the first job that lacks the
 * material; later jobs short of it only add their shortfall to the quantity.
 */
final class PlannedPurchase {

    private final String material;
    private final int leadTimeDays;
    private final int orderByDay;
    private BigDecimal quantity = BigDecimal.ZERO;

    /** Orders {@code leadTimeDays} before the day it is needed, or today if that is already past. */
    PlannedPurchase(String material, int leadTimeDays, int needDay) {
        this.material = material;
        this.leadTimeDays = leadTimeDays;
        this.orderByDay = Math.max(0, needDay - leadTimeDays);
    }

    int arrivalDay() {
        return orderByDay + leadTimeDays;
    }

    void add(BigDecimal shortfall) {
        quantity = quantity.add(shortfall);
    }

    PurchaseLine line(DayIndex days) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        BigDecimal readable = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        return new PurchaseLine(material, readable, days.date(orderByDay), days.date(arrivalDay()), leadTimeDays);
    }
}
