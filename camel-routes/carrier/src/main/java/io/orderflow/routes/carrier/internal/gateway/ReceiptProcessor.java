package io.orderflow.routes.carrier.internal.gateway;

import io.orderflow.logistics.api.TrackingEvent;
import io.orderflow.logistics.api.TrackingService;
import io.orderflow.logistics.api.TrackingService.Outcome;
import io.orderflow.platform.api.time.BusinessClock;
import io.orderflow.routes.carrier.internal.format.ParseContext;
import io.orderflow.routes.carrier.internal.format.PayloadParser;
import io.orderflow.routes.carrier.internal.format.PayloadProblem;
import io.orderflow.routes.carrier.internal.profile.CarrierProfile;
import io.orderflow.routes.carrier.internal.store.Receipt;
import io.orderflow.routes.carrier.internal.store.Receipts;
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
        int settled = 0;
        for (Receipt receipt : receipts.pending(BATCH)) {
            Optional<CarrierProfile> profile = profiles.apply(receipt.carrier());
            if (profile.isEmpty()) {
                continue; // its profile is being changed: it waits
            }
            List<TrackingEvent> events;
            try {
                events = PayloadParser.of(profile.get().format()).parse(receipt.body(), context(profile.get(),
                        receipt));
            } catch (PayloadProblem problem) {
                LOG.warn("Webhook {} of {} does not read as {}: {}", receipt.id(), receipt.carrier(),
                        profile.get().format(), problem.getMessage());
                receipts.unparseable(receipt.id(), problem.getMessage(), clock.now());
                settled++;
                continue;
            }
            List<Outcome> outcomes = service.record(events);
            TreeSet<String> unmatched = new TreeSet<>();
            for (int i = 0; i < events.size(); i++) {
                if (outcomes.get(i) == Outcome.UNMATCHED) {
                    unmatched.add(events.get(i).trackingNumber());
                }
            }
            receipts.applied(receipt.id(), events.size(), unmatched, clock.now());
            settled++;
        }
        return settled;
    }

    private ParseContext context(CarrierProfile profile, Receipt receipt) {
        return new ParseContext(profile.carrier(), profile.codes(), profile.proofOfDelivery(),
                profile.assumedZone().orElse(clock.zone()), receipt.receivedAt());
    }
}
