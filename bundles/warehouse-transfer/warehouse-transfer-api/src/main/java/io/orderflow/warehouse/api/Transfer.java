package io.orderflow.warehouse.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A transfer request: stock of one product to move from one warehouse to another.
 *
 * @param cause           why the stock check raised it, e.g. "available 40 below safety stock 60"
 * @param expectedArrival set when shipped; null before
 * @param steps           its history, the proposal first
 */
public record Transfer(long id, String product, String fromWarehouse, String toWarehouse, BigDecimal quantity,
                       TransferStatus status, String cause, LocalDate expectedArrival, List<TransferStep> steps) {
}
