package io.orderflow.salesorder.api;

import java.io.Writer;
import java.time.YearMonth;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the sales supervisor follows up (docs/business-rules.md §2.6, §2.7 and §6): the lists of orders that need
 * someone, the monthly measures and the monthly archive.
 */
@ProviderType
public interface FollowUpService {

    /** Orders still under review past their confirmation deadline, the longest overdue first. */
    List<FollowUpEntry> overdueForConfirmation();

    /** Open orders whose status has not changed for longer than the configured days, the oldest first. */
    List<FollowUpEntry> stale();

    /** Delays production reported that the customer has not been told about yet, the most urgent first. */
    List<DelayReport> delayNoticesDue();

    /** One row per month from {@code from} to {@code to} (both included, at most 120 months), by receipt month. */
    List<MonthlyMeasures> measures(YearMonth from, YearMonth to);

    /**
     * Writes the month's orders (by receipt month) as CSV, one row per order line, grouped by product and then
     * customer.
     */
    void writeArchive(YearMonth month, Writer csv);
}
