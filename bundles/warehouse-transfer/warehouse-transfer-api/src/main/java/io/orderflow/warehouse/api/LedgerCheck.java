package io.orderflow.warehouse.api;

import java.util.List;

/**
 * The stock balances compared with the sums of the ledger.
 *
 * @param balances   how many balances (warehouse, product) were compared
 * @param mismatches one sentence per balance that differs from its ledger; empty when all agree
 */
public record LedgerCheck(int balances, List<String> mismatches) {

    public boolean consistent() {
        return mismatches.isEmpty();
    }
}
