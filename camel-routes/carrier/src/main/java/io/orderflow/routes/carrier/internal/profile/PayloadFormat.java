package io.orderflow.routes.carrier.internal.profile;

/** The shape of a carrier's webhook body. */
public enum PayloadFormat {
    /** Orderflow's own JSON, described by {@code carrier-event.schema.json}. */
    ORDERFLOW_JSON,
    /** An EasyPost-style Event carrying a Tracker with its tracking details. */
    EASYPOST,
    /** An AfterShip-style tracking with its checkpoints (tag and subtag). */
    AFTERSHIP
}
