package io.orderflow.routes.edi.internal.tracking;

import io.orderflow.logistics.api.TrackingEvent;
import io.orderflow.routes.edi.internal.syntax.SyntaxError;
import java.util.List;

/**
 * A status set as tracking events.
 *
 * @param problems what keeps the set from being taken, reported in its acknowledgement; the events count only when
 *                 there are none
 */
public record MappedStatuses(List<TrackingEvent> events, List<SyntaxError> problems) {
}
