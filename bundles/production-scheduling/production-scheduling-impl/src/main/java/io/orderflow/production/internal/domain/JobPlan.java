package io.orderflow.production.internal.domain;

import java.time.LocalDate;

/** When a job's materials are expected, when it starts and its projected completion; late means after its due date. */
public record JobPlan(String jobId, String orderNumber, LocalDate materialsReady, LocalDate start,
        LocalDate completion, boolean late) {
}
