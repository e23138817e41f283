package io.orderflow.aftersales.api;

import java.time.YearMonth;
import org.osgi.annotation.versioning.ProviderType;

/** Recurring defects made visible (docs/business-rules.md §9). */
@ProviderType
public interface DefectService {

    /**
     * The statistics of the months {@code from} to {@code to} (business zone).
     *
     * @throws io.orderflow.platform.api.error.ValidationException for an empty range or one of more than 36 months
     */
    DefectStatistics defects(YearMonth from, YearMonth to);
}
