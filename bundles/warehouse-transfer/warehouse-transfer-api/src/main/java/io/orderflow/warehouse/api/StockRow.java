package io.orderflow.warehouse.api;

import java.math.BigDecimal;

/**
 * The stock of one product in one warehouse (docs/business-rules.md §4.1).
 *
 * @param onHand     physically there and usable (quarantine excluded)
 * @param reserved   promised to orders, part of on hand
 * @param available  on hand − reserved
 * @param inTransit  shipped from another warehouse towards this one
 * @param quarantine returned or failed goods awaiting inspection
 */
public record StockRow(String warehouse, String region, String product, BigDecimal onHand, BigDecimal reserved,
                       BigDecimal available, BigDecimal inTransit, BigDecimal quarantine) {
}
