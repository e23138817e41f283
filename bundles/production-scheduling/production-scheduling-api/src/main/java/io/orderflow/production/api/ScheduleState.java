package io.orderflow.production.api;

/** A schedule proposal waits for the production VP while it holds unreleased work; approved once it holds none. */
public enum ScheduleState {
    PROPOSED, APPROVED
}
