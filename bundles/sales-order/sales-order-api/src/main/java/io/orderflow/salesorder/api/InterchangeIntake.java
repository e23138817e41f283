package io.orderflow.salesorder.api;

import java.util.List;

/**
 * What an interchange gave.
 *
 * @param replayed true when the interchange had been taken before: {@code orders} are the ones it gave then
 * @param orders   in the order of the interchange's transaction sets
 */
public record InterchangeIntake(String partner, String interchange, boolean replayed, List<IntakeResult> orders) {
}
