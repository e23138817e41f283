package io.orderflow.logistics.internal.domain;

import io.orderflow.logistics.api.ShippingMethod;
import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.error.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The shipping rules of docs/business-rules.md §8, all configured: express by default; a dedicated vehicle when the order
 * amount exceeds the threshold for its currency or any line is custom; a trip booked at least so many calendar days
 * (business zone) before its departure; express arrives so many calendar days after dispatch.
 *
 * @param dedicatedThresholds the order amount above which a vehicle of its own carries it, per currency
 * @param bookingLeadDays     how many calendar days before its departure a trip must be booked
 * @param expressDays         how many calendar days express takes
 */
public record ShippingRules(Map<String, BigDecimal> dedicatedThresholds, int bookingLeadDays, int expressDays) {

    public ShippingRules {
        dedicatedThresholds = Map.copyOf(dedicatedThresholds);
    }

    /**
     * @throws ValidationException (field {@code currency}) for an order in a currency without a threshold: which way
     *                             it travels cannot be told, and a guess could send a large order by parcel
     */
    public ShippingMethod method(Money orderAmount, boolean anyLineCustom) {
        if (anyLineCustom) {
            return ShippingMethod.DEDICATED_VEHICLE;
        }
        BigDecimal threshold = dedicatedThresholds.get(orderAmount.currency());
        if (threshold == null) {
            throw new ValidationException("currency", "no dedicated-vehicle threshold is configured for "
                    + orderAmount.currency() + "; configure one before shipping orders in it");
        }
        return orderAmount.amount().compareTo(threshold) > 0 ? ShippingMethod.DEDICATED_VEHICLE
                : ShippingMethod.EXPRESS;
    }

    /**
     * @param today the business zone's today
     * @throws ValidationException (field {@code departure}) for a booking too close to its departure, with the reason
     */
    public void checkBooking(LocalDate departure, LocalDate today) {
        long daysAhead = ChronoUnit.DAYS.between(today, departure);
        if (daysAhead < bookingLeadDays) {
            throw new ValidationException("departure", "a dedicated vehicle is booked at least " + bookingLeadDays
                    + " days before its departure: " + departure + " is " + daysAhead + " day(s) after " + today);
        }
    }

    /** When an express shipment dispatched on this business day is expected. */
    public LocalDate expressArrival(LocalDate dispatched) {
        return dispatched.plusDays(expressDays);
    }
}
