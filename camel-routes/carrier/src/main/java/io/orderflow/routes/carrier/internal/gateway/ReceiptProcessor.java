package io.orderflow.routes.carrier.internal.gateway;

import io.orderflow.logistics.api.TrackingEvent;
import io.orderflow.logistics.api.TrackingService;
import io.orderflow.logistics.api.TrackingService.Outcome;
import io.orderflow.platform.api.error.ValidationException;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.routes.carrier.internal.format.ParseContext;
import io.orderflow.routes.carrier.internal.format.PayloadParser;
import io.orderflow.routes.carrier.internal.format.PayloadProblem;
import io.orderflow.routes.carrier.internal.profile.CarrierProfile;
import io.orderflow.routes.carrier.internal.store.Receipt;
import io.orderflow.routes.carrier.internal.store.Receipts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies kept webhooks: each body read as its carrier's format, its events handed to logistics. Logistics knows an
 * event it has applied before, so a receipt applied twice (after a crash between the two steps) changes nothing more.
 * While logistics is away, or the receipt's carrier profile is gone, the receipt waits.
 */
final class ReceiptProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiptProcessor.class);
    private static final int BATCH = 50;

    private final Receipts receipts;
    private final Function<String, Optional<CarrierProfile>> profiles;
    private final Supplier<TrackingService> tracking;
    private final BusinessClock clock;

    ReceiptProcessor(Receipts receipts, Function<String, Optional<CarrierProfile>> profiles,
                     Supplier<TrackingService> tracking, BusinessClock clock) {
        this.receipts = receipts;
        this.profiles = profiles;
        this.tracking = tracking;
        this.clock = clock;
    }

    /** Applies what is pending, oldest first; answers how many receipts were settled. */
    int applyPending() {
        TrackingService service = tracking.get();
        if (service == null) {
            return 0; // logistics is away: the receipts wait for it
        }
        List<Receipt> parsed = new ArrayList<>();
        List<TrackingEvent> events = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        int unparseable = 0;
        for (Receipt receipt : receipts.pending(BATCH)) {
            Optional<CarrierProfile> profile = profiles.apply(receipt.carrier());
            if (profile.isEmpty()) {
                continue; // its profile is being changed: it waits
            }
            try {
                List<TrackingEvent> read = PayloadParser.of(profile.get().format()).parse(receipt.body(),
                        context(profile.get(), receipt));
                parsed.add(receipt);
                counts.add(read.size());
                events.addAll(read);
            } catch (PayloadProblem problem) {
                LOG.warn("Webhook {} of {} does not read as {}: {}", receipt.id(), receipt.carrier(),
                        profile.get().format(), problem.getMessage());
                receipts.unparseable(receipt.id(), problem.getMessage(), clock.now());
                unparseable++;
            }
        }
        if (parsed.isEmpty()) {
            return unparseable;
        }
        if (parsed.size() > 1) {
            try {
                // the batch's events in one call, its receipts settled in one transaction after it
                settle(parsed, counts, events, service.record(events));
                return parsed.size() + unparseable;
            } catch (ValidationException refused) {
                LOG.warn("Logistics refused a batch of webhooks ({}); applying them one by one", refused.getMessage());
            }
        }
        int offset = 0;
        for (int r = 0; r < parsed.size(); r++) {
            List<TrackingEvent> own = events.subList(offset, offset + counts.get(r));
            offset += counts.get(r);
            try {
                settle(List.of(parsed.get(r)), List.of(own.size()), own, service.record(own));
            } catch (ValidationException refused) {
                receipts.unparseable(parsed.get(r).id(), "logistics refused its events: " + refused.getMessage(),
                        clock.now());
            }
        }
        return parsed.size() + unparseable;
    }

    /** Records each receipt's outcome, the tracking numbers of its unmatched events kept for a later dispatch. */
    private void settle(List<Receipt> parsed, List<Integer> counts, List<TrackingEvent> events,
                        List<Outcome> outcomes) {
        List<Receipts.Applied> applied = new ArrayList<>();
        int next = 0;
        for (int r = 0; r < parsed.size(); r++) {
            TreeSet<String> unmatched = new TreeSet<>();
            for (int i = next; i < next + counts.get(r); i++) {
                if (outcomes.get(i) == Outcome.UNMATCHED) {
                    unmatched.add(events.get(i).trackingNumber());
                }
            }
            next += counts.get(r);
            applied.add(new Receipts.Applied(parsed.get(r).id(), counts.get(r), unmatched,
                    parsed.get(r).events() != null));
        }
        receipts.applied(applied, clock.now());
    }

    private ParseContext context(CarrierProfile profile, Receipt receipt) {
        return new ParseContext(profile.carrier(), profile.codes(), profile.proofOfDelivery(),
                profile.assumedZone().orElse(clock.zone()), receipt.receivedAt());
    }
}
