package io.orderflow.routes.edi.internal.tracking;

import io.orderflow.logistics.api.TrackingEvent;
import io.orderflow.logistics.api.TrackingService;
import io.orderflow.routes.edi.internal.inbound.DepartmentLink;
import io.orderflow.routes.edi.internal.ledger.UnmatchedStatuses;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands carriers' statuses to logistics' {@link TrackingService}: what it has no shipment for yet is kept in the
 * ledger, and offered again once a shipment with its tracking number is dispatched. A status logistics knows already
 * (a re-run after a crash, the same file again) changes nothing there.
 */
public final class StatusHandOff {

    private static final Logger LOG = LoggerFactory.getLogger(StatusHandOff.class);

    private final DepartmentLink<TrackingService> logistics;
    private final UnmatchedStatuses unmatched;
    private final Clock clock;

    public StatusHandOff(DepartmentLink<TrackingService> logistics, UnmatchedStatuses unmatched, Clock clock) {
        this.logistics = logistics;
        this.unmatched = unmatched;
        this.clock = clock;
    }

    /**
     * @return how many of them logistics had no shipment for (kept)
     * @throws io.orderflow.platform.api.error.DepartmentUnavailableException while logistics is away: nothing was done
     */
    public int record(long interchangeId, List<TrackingEvent> events) {
        if (events.isEmpty()) {
            return 0;
        }
        List<TrackingService.Outcome> outcomes = logistics.get().record(events);
        List<TrackingEvent> waiting = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (outcomes.get(i) == TrackingService.Outcome.UNMATCHED) {
                waiting.add(events.get(i));
            }
        }
        unmatched.keep(interchangeId, waiting);
        return waiting.size();
    }

    /**
     * Offers logistics the kept statuses of these tracking numbers again; those it takes now (applied, or known
     * already) wait no longer.
     *
     * @return how many it took
     * @throws io.orderflow.platform.api.error.DepartmentUnavailableException while logistics is away: nothing was done
     */
    public int retry(Collection<String> trackingNumbers) {
        List<UnmatchedStatuses.Kept> kept = unmatched.waitingFor(trackingNumbers);
        if (kept.isEmpty()) {
            return 0;
        }
        List<TrackingService.Outcome> outcomes = logistics.get().record(kept.stream()
                .map(UnmatchedStatuses.Kept::event).toList());
        List<Long> taken = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            if (outcomes.get(i) != TrackingService.Outcome.UNMATCHED) {
                taken.add(kept.get(i).id());
            }
        }
        unmatched.applied(taken, clock.instant());
        LOG.info("Carrier statuses kept for tracking number(s) {}: {} of {} taken by logistics", trackingNumbers,
                taken.size(), kept.size());
        return taken.size();
    }
}
