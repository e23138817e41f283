package io.orderflow.warehouse.api;

/**
 * A warehouse of the company.
 *
 * @param code     e.g. {@code WH-SOUTH}
 * @param name     for people
 * @param region   the region it serves first, the same names as the customers' regions
 * @param priority reservations outside the customer's region try warehouses by ascending priority
 */
public record Warehouse(String code, String name, String region, int priority) {
}
