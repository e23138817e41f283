/**
 * Finance settlement API (docs/business-rules.md §5): payments and their allocations, the release gates, invoices,
 * credit notes, refunds, receivables and statements, postings to the ERP and expense claims. Implemented only by
 * finance-settlement-impl.
 */
@Export
@Version("0.1.0")
package io.orderflow.finance.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
