package io.orderflow.masterdata.api;

/**
 * A sales region: customers and warehouses belong to one.
 *
 * @param code e.g. {@code SOUTH}
 * @param name e.g. {@code South China}
 */
public record Region(String code, String name) {
}
