package io.orderflow.salesorder.internal.domain;

import io.orderflow.platform.api.error.ConflictException;
import io.orderflow.salesorder.api.StepStatus;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The rules of deciding on a review: the steps of the lowest turn with a pending step are due, and only they. */
public final class Review {

    /**
     * A step of an order's review. {@code turn} orders them; the steps of one turn (a parallel rule) may be decided in
     * any order.
     */
    public record Step(int stepNo, int turn, String rule, String role, boolean creditCheck, StepStatus status) {
    }

    private Review() {
    }

    /** The turn being decided; empty once every step is approved. */
    public static Optional<Integer> currentTurn(List<Step> steps) {
        return steps.stream().filter(s -> s.status() == StepStatus.PENDING).map(Step::turn).min(Integer::compare);
    }

    public static boolean isDue(Step step, List<Step> steps) {
        return step.status() == StepStatus.PENDING && currentTurn(steps).map(t -> t == step.turn()).orElse(false);
    }

    /**
     * The step of {@code role} that is due.
     *
     * @throws ConflictException naming the roles that are due when none of {@code role} is
     */
    public static Step dueStepOf(String role, List<Step> steps) {
        List<Step> due = steps.stream().filter(s -> isDue(s, steps)).toList();
        return due.stream().filter(s -> s.role().equals(role)).findFirst().orElseThrow(() -> new ConflictException(
                "no step of " + role + " is due on this order; due now: " + (due.isEmpty() ? "none"
                        : due.stream().map(Step::role).collect(Collectors.joining(", ")))));
    }

    /** True when every step is approved (an order that needs no approval is complete at once). */
    public static boolean complete(List<Step> steps) {
        return steps.stream().allMatch(s -> s.status() == StepStatus.APPROVED);
    }
}
