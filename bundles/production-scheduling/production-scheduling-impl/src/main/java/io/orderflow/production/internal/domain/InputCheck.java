package io.orderflow.production.internal.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Rejects a job the scheduler could not plan, before anything is booked, naming the job and the problem. */
final class InputCheck {

    private InputCheck() {
    }

    static void check(PlanInput input) {
        Map<String, WorkCentre> centres = new HashMap<>();
        for (WorkCentre centre : input.workCentres()) {
            if (centres.put(centre.code(), centre) != null) {
                throw new IllegalArgumentException("work centre " + centre.code() + " is listed twice");
            }
        }
        Set<String> ids = new HashSet<>();
        for (Job job : input.jobs()) {
            if (!ids.add(job.id())) {
                throw new IllegalArgumentException(name(job) + " is listed twice");
            }
            check(job, input.routings().get(job.product()), centres);
        }
    }

    private static void check(Job job, Routing routing, Map<String, WorkCentre> centres) {
        if (job.quantity() == null || job.quantity().signum() <= 0) {
            throw new IllegalArgumentException(name(job) + ": quantity must be positive, was " + job.quantity());
        }
        if (job.dueDate() == null || job.receivedAt() == null) {
            throw new IllegalArgumentException(name(job) + ": due date and receipt time are needed to order it");
        }
        if (routing == null) {
            throw new IllegalArgumentException(name(job) + ": product " + job.product() + " has no routing");
        }
        if (routing.operations().isEmpty()) {
            throw new IllegalArgumentException(name(job) + ": the routing of " + job.product() + " has no operations");
        }
        for (Operation operation : routing.operations()) {
            WorkCentre centre = centres.get(operation.workCentre());
            if (centre == null) {
                throw new IllegalArgumentException(name(job) + ": operation " + operation.sequence() + " of "
                        + job.product() + " is on unknown work centre " + operation.workCentre());
            }
            if (centre.dailyCapacityMinutes() <= 0) {
                throw new IllegalArgumentException(name(job) + ": operation " + operation.sequence() + " of "
                        + job.product() + " is on work centre " + centre.code() + ", which has no daily capacity");
            }
        }
    }

    private static String name(Job job) {
        return "job " + job.id() + " (order " + job.orderNumber() + ")";
    }
}
