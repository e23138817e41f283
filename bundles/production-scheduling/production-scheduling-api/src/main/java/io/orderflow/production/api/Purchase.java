package io.orderflow.production.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A purchase handed to purchasing when the production VP approved the purchase plan.
 *
 * @param expectedArrival recorded by purchasing; until then the planned one
 * @param confirmed       whether purchasing recorded the date
 */
public record Purchase(long id, String material, BigDecimal quantity, LocalDate expectedArrival, boolean confirmed) {
}
