package io.orderflow.masterdata.api;

import io.orderflow.platform.api.Money;

/**
 * A product and its price-list price. Checked by {@link ProductService#save}.
 *
 * @param code            e.g. {@code LED-LAMP}
 * @param name            the product name
 * @param unit            the unit it is sold in, e.g. {@code PCS}
 * @param listPrice       the price-list price per unit
 * @param minLeadTimeDays the shortest time from order to delivery, in days
 * @param customAllowed   whether it may be ordered as a custom (non-standard) product
 * @param taxClass        its tax class for invoices and postings, e.g. {@code STANDARD}; null for {@code STANDARD}
 */
public record Product(String code, String name, String unit, Money listPrice, int minLeadTimeDays,
                      boolean customAllowed, String taxClass) {
}
