package io.orderflow.platform.internal.event;

import java.util.Map;
import java.util.Set;

/** Who gets new events. */
interface ExpectedSubscribers {

    /** Every expected subscriber with the event types it wants, or null for all types (it is away). */
    Map<String, Set<String>> expected();
}
