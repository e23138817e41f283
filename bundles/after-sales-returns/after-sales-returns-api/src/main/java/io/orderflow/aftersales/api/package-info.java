/**
 * After-sales API: a customer's return from the report to its closing (docs/business-rules.md §9) — review and RMA,
 * receipt into quarantine, inspection with its disposition, the remedy (exchange or refund), the customer's
 * satisfaction — and the defect statistics. Implemented only by after-sales-returns-impl.
 */
@Export
@Version("1.1.0")
package io.orderflow.aftersales.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
