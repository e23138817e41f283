/**
 * Finance settlement API (docs/business-rules.md §5): payments and their allocations, the release gates, invoices,
 * credit notes, refunds, receivables and statements. Under way (issue "Finance settlement: …"). Implemented only by
 * finance-settlement-impl.
 */
@Export
@Version("0.1.0")
package io.orderflow.finance.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
