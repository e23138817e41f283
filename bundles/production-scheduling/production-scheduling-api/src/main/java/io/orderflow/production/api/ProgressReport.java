package io.orderflow.production.api;

import io.orderflow.platform.api.text.FreeText;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A work centre's report on a production order.
 *
 * @param completed  units finished since the last report (0 for an anomaly alone)
 * @param anomaly    null when all is well
 * @param workCentre for a breakdown: the work centre that is down
 * @param until      for an anomaly: the date work can go on again
 * @param note       what happened, for the delay reason
 */
public record ProgressReport(BigDecimal completed, Anomaly anomaly, String workCentre, LocalDate until,
                             @FreeText String note) {
}
