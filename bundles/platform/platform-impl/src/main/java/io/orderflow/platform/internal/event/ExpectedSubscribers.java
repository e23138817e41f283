package io.orderflow.platform.internal.event;

import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

/** Who gets new events. */
interface ExpectedSubscribers {

    /** Every expected subscriber with the event types it wants, or null where they are not known yet. */
    Map<String, Set<String>> expected() throws SQLException;
}
