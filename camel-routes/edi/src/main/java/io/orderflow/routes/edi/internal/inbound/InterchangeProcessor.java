package io.orderflow.routes.edi.internal.inbound;

import io.orderflow.logistics.api.TrackingEvent;
import io.orderflow.platform.api.security.Actor;
import io.orderflow.routes.edi.internal.ledger.EdiLedger;
import io.orderflow.routes.edi.internal.ledger.EdiLedger.Begun;
import io.orderflow.routes.edi.internal.ledger.EdiLedger.GroupKey;
import io.orderflow.routes.edi.internal.ledger.EdiLedger.Refusal;
import io.orderflow.routes.edi.internal.ledger.InterchangeHeader;
import io.orderflow.routes.edi.internal.ledger.InterchangeState;
import io.orderflow.routes.edi.internal.ledger.OrderLink;
import io.orderflow.routes.edi.internal.ledger.RenderedFile;
import io.orderflow.routes.edi.internal.ledger.StoredFile;
import io.orderflow.routes.edi.internal.ledger.UnmatchedStatuses;
import io.orderflow.routes.edi.internal.mapping.EdifactOrders;
import io.orderflow.routes.edi.internal.mapping.MappedOrder;
import io.orderflow.routes.edi.internal.mapping.MasterData;
import io.orderflow.routes.edi.internal.mapping.X12PurchaseOrder;
import io.orderflow.routes.edi.internal.partner.Acknowledgement;
import io.orderflow.routes.edi.internal.partner.Partner;
import io.orderflow.routes.edi.internal.partner.Standard;
import io.orderflow.routes.edi.internal.syntax.Acknowledgements;
import io.orderflow.routes.edi.internal.syntax.EdiWriter;
import io.orderflow.routes.edi.internal.syntax.Envelope;
import io.orderflow.routes.edi.internal.syntax.ErrorKind;
import io.orderflow.routes.edi.internal.syntax.Group;
import io.orderflow.routes.edi.internal.syntax.Interchange;
import io.orderflow.routes.edi.internal.syntax.Location;
import io.orderflow.routes.edi.internal.syntax.SyntaxError;
import io.orderflow.routes.edi.internal.syntax.TransactionSet;
import io.orderflow.routes.edi.internal.syntax.Verdict;
import io.orderflow.routes.edi.internal.tracking.EdifactStatusReport;
import io.orderflow.routes.edi.internal.tracking.MappedStatuses;
import io.orderflow.routes.edi.internal.tracking.StatusHandOff;
import io.orderflow.routes.edi.internal.tracking.X12ShipmentStatus;
import io.orderflow.routes.edi.internal.transport.Outbox;
import io.orderflow.salesorder.api.ExternalOrder;
import io.orderflow.salesorder.api.IntakeResult;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one interchange of a partner's file: checks who sent it to whom, applies the duplicate policy, hands its valid
 * carrier status sets (214 / IFTSTA) to logistics and turns its valid order sets into sales orders in one batch,
 * acknowledges it set by set, and records each step in the ledger so that a re-run after a crash picks up where it
 * stopped.
 */
public final class InterchangeProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(InterchangeProcessor.class);
    private static final Set<String> ORDER_TYPES = Set.of("850", "ORDERS");
    private static final Set<String> STATUS_TYPES = Set.of("214", "IFTSTA");
    /** More sets than a group can hold (X12 GE01 has six digits): numbers a set across the interchange's groups. */
    private static final int MAX_SETS_PER_GROUP = 1_000_000;

    private final EdiLedger ledger;
    private final OrderOffer offer;
    private final StatusHandOff statuses;
    private final PartnerAcknowledgements answers;
    private final MasterData masterData;
    private final Clock clock;

    public InterchangeProcessor(EdiLedger ledger, Departments departments, UnmatchedStatuses unmatched,
                                MasterData masterData, Clock clock) {
        this.ledger = ledger;
        this.offer = new OrderOffer(departments.sales(), ledger, clock);
        this.statuses = new StatusHandOff(departments.logistics(), unmatched, clock);
        this.answers = new PartnerAcknowledgements(ledger, clock);
        this.masterData = masterData;
        this.clock = clock;
    }

    /**
     * @param position   the interchange's place among those of the file, from 0
     * @param refusalKey names this interchange of this file, for the refusal of an envelope the ledger cannot record
     */
    Outcome take(Partner partner, Interchange interchange, long documentId, int position, String refusalKey,
                 Outbox outbox) {
        Envelope envelope = interchange.envelope();
        if (envelope == null) {
            return Outcome.rejected("an interchange header cannot be read: " + describe(interchange.errors()));
        }
        List<SyntaxError> envelopeErrors = envelopeErrors(partner, interchange);
        if (!envelopeErrors.isEmpty()) {
            refuseEnvelope(partner, new Interchange(interchange.standard(), envelope, interchange.groups(),
                    envelopeErrors, interchange.warnings()), refusalKey, outbox);
            return Outcome.rejected("interchange " + envelope.controlNumber() + " refused: "
                    + describe(envelopeErrors));
        }
        Begun begun = ledger.begin(partner.id(), header(interchange), documentId, position, clock.instant());
        if (begun.duplicate()) {
            return duplicate(partner, "interchange " + envelope.controlNumber() + " was received before",
                    begun.interchangeId(), outbox);
        }
        if (begun.finished()) {
            // this file was taken before a crash; its acknowledgement may not have reached the outbox
            ledger.acknowledgementOf(begun.interchangeId()).ifPresent(ack -> ledger.deliver(ack, outbox,
                    clock.instant()));
            return InterchangeState.REJECTED.equals(begun.state())
                    ? Outcome.rejected(begun.reason()) : Outcome.processed(begun.reason());
        }
        List<GroupKey> groups = groupKeys(interchange);
        Map<GroupKey, Long> repeated = ledger.repeatedGroups(partner.id(), begun.interchangeId(), groups);
        if (!repeated.isEmpty() && repeated.size() == interchange.groups().size()) {
            // the partner sent groups again under a new envelope: the same as sending the interchange again
            String seen = "interchange " + envelope.controlNumber() + " brings group(s) " + repeated.keySet().stream()
                    .map(GroupKey::controlNumber).collect(Collectors.joining(", ")) + " received before";
            ledger.complete(begun.interchangeId(), false, seen + "; duplicate policy " + partner.duplicates(),
                    clock.instant());
            return duplicate(partner, seen, repeated.values().iterator().next(), outbox);
        }
        return takeOrders(partner, interchange, begun.interchangeId(), envelope.controlNumber(), repeated.keySet(),
                outbox);
    }

    /** The interchange's numbered groups, as the ledger keeps them (an unnumbered EDIFACT one has no key). */
    private static List<GroupKey> groupKeys(Interchange interchange) {
        return interchange.groups().stream().filter(g -> g.controlNumber().matches("[A-Za-z0-9]{1,14}")
                && g.functionalId().matches("[A-Z0-9]{1,10}")).map(g -> new GroupKey(g.functionalId(),
                g.controlNumber())).distinct().toList();
    }

    /**
     * Takes an interchange again, as {@link EdiLedger#rerun} started it: its sets are offered to sales under the
     * re-run's own reference, so that a set refused before becomes an order now while a set taken before gives the
     * order it gave (sales knows the customer's PO), and the partner gets a new acknowledgement.
     */
    Outcome rerun(Partner partner, Interchange interchange, EdiLedger.Rerun rerun, Outbox outbox) {
        LOG.info("EDI partner {}: interchange {} taken again (re-run {})", partner.id(), rerun.controlNumber(),
                rerun.number());
        return takeOrders(partner, interchange, rerun.interchangeId(), rerun.controlNumber() + "/rerun-"
                + rerun.number(), Set.of(), outbox);
    }

    /**
     * @param salesReference the interchange's reference for sales, which takes each reference's batch once
     * @param repeated       groups the partner sent before in another interchange: refused as duplicates
     */
    private Outcome takeOrders(Partner partner, Interchange interchange, long interchangeId, String salesReference,
                               Set<GroupKey> repeated, Outbox outbox) {
        List<Group> orderGroups = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (Group read : interchange.groups()) {
            Group group = repeated.contains(new GroupKey(read.functionalId(), read.controlNumber()))
                    ? duplicateGroup(read) : read;
            List<TransactionSet> answersInGroup = group.sets().stream()
                    .filter(set -> PartnerAcknowledgements.TYPES.contains(set.type())).toList();
            answersInGroup.forEach(set -> answers.apply(partner.id(), set).ifPresent(unmatched::add));
            if (answersInGroup.size() < group.sets().size()) {
                orderGroups.add(group);
            }
        }
        Envelope envelope = interchange.envelope();
        if (orderGroups.isEmpty()) {
            String reason = unmatched.isEmpty() ? null : String.join("\n", unmatched);
            if (reason == null) {
                ledger.complete(interchangeId, true, null, clock.instant());
            } else {
                ledger.unmatched(interchangeId, reason, clock.instant());
            }
            return Outcome.processed(reason);
        }
        Decisions decisions = new Decisions(orderGroups);
        List<ExternalOrder> offered = new ArrayList<>();
        List<MappedOrder> mappedOffered = new ArrayList<>();
        List<int[]> offeredAt = new ArrayList<>();
        List<TrackingEvent> statusEvents = new ArrayList<>();
        int statusSets = 0;
        for (int g = 0; g < orderGroups.size(); g++) {
            Group group = orderGroups.get(g);
            for (int s = 0; s < group.sets().size(); s++) {
                TransactionSet set = group.sets().get(s);
                List<SyntaxError> errors = decisions.errors(g, s);
                errors.addAll(set.errors());
                if (!ORDER_TYPES.contains(set.type()) && !STATUS_TYPES.contains(set.type())) {
                    errors.add(new SyntaxError(new Location(set.segments().get(0).tag(), 1, 0),
                            ErrorKind.SET_NOT_SUPPORTED, "transaction set " + set.type() + " is not one we take"));
                }
                if (!errors.isEmpty() || !group.errors().isEmpty()) {
                    continue;
                }
                if (STATUS_TYPES.contains(set.type())) {
                    MappedStatuses mapped = mapStatuses(partner, interchange, group, set);
                    errors.addAll(mapped.problems());
                    if (errors.isEmpty()) {
                        statusEvents.addAll(mapped.events());
                        statusSets++;
                    }
                    continue;
                }
                List<MappedOrder> mapped = set.type().equals("850")
                        ? X12PurchaseOrder.map(set, reference(group, set), partner.id(), partner.customerId(),
                                masterData)
                        : EdifactOrders.map(set, reference(group, set), partner.id(), partner.customerId(),
                                masterData);
                // the set's own problems come with each of its split orders: each is named once
                mapped.stream().flatMap(order -> order.problems().stream()).distinct()
                        .forEach(errors::add);
                if (errors.isEmpty()) {
                    for (MappedOrder order : mapped) {
                        offered.add(order.order());
                        mappedOffered.add(order);
                        offeredAt.add(new int[] {g, s});
                    }
                }
            }
        }
        // logistics first: while it is away nothing has been done, and the file waits
        int unmatchedStatuses = statuses.record(interchangeId, statusEvents);
        List<Integer> setOfOrder = offeredAt.stream().map(at -> at[0] * MAX_SETS_PER_GROUP + at[1]).toList();
        OrderOffer.Answer answer = offer.offer(partner.id(), salesReference, interchangeId, offered, setOfOrder,
                new Actor("edi-" + partner.id(), Set.of()));
        List<OrderLink> links = new ArrayList<>();
        for (int k = 0; k < offered.size(); k++) {
            int[] at = offeredAt.get(k);
            MappedOrder mapped = mappedOffered.get(k);
            IntakeResult result = answer.taken().get(k);
            if (result != null) {
                links.add(new OrderLink(result.order().number(), partner.id(), interchangeId,
                        offered.get(k).transactionSet(), mapped.purchaseOrder(), mapped.lineIds(), mapped.lineItems()));
            }
            for (Refusal refusal : answer.refusals().getOrDefault(k, List.of())) {
                SyntaxError error = new SyntaxError(mapped.sourceOf(refusal.field()), ErrorKind.VALUE_REFUSED,
                        (refusal.field().isEmpty() ? "" : refusal.field() + " ") + refusal.problem());
                if (!decisions.errors(at[0], at[1]).contains(error)) {
                    decisions.errors(at[0], at[1]).add(error);
                }
            }
        }
        int acceptedSets = (int) IntStream.range(0, offered.size()).filter(k -> answer.taken().get(k) != null)
                .mapToObj(setOfOrder::get).distinct().count();
        ledger.ordersCreated(interchangeId, acceptedSets + statusSets, links, clock.instant());
        List<Verdict> verdicts = decisions.verdicts();
        acknowledge(partner, interchange, interchangeId, verdicts, outbox);
        String reason = decisions.reason();
        boolean taken = !links.isEmpty() || statusSets > 0;
        ledger.complete(interchangeId, taken, reason, clock.instant());
        LOG.info("EDI partner {}: interchange {} gave {} order(s){}{}", partner.id(), envelope.controlNumber(),
                links.size(), statusEvents.isEmpty() ? "" : ", " + statusEvents.size() + " carrier status(es) ("
                        + unmatchedStatuses + " kept for a shipment to come)",
                reason == null ? "" : "; refused: " + reason);
        return taken ? Outcome.processed(reason) : Outcome.rejected(reason);
    }

    private void acknowledge(Partner partner, Interchange interchange, long interchangeId, List<Verdict> verdicts,
                             Outbox outbox) {
        if (partner.acknowledgement() == Acknowledgement.NONE) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        RenderedFile.Renderer renderer = interchange.standard() == Standard.X12
                ? control -> RenderedFile.named(partner.acknowledgement() == Acknowledgement.X12_999 ? "999" : "997",
                        Standard.X12, control, Acknowledgements.x12(partner, interchange, verdicts, control, now))
                : control -> RenderedFile.named("CONTRL", Standard.EDIFACT, control,
                        Acknowledgements.edifact(partner, interchange, verdicts, control, now));
        deliver(partner, interchange, () -> ledger.acknowledgement(interchangeId, partner.id(), renderer,
                clock.instant()), outbox);
    }

    /** TA1 (when the partner asks for it) or CONTRL for an interchange refused as a whole. */
    private void refuseEnvelope(Partner partner, Interchange refused, String key, Outbox outbox) {
        if (refused.standard() != partner.standard()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        RenderedFile.Renderer renderer;
        if (refused.standard() == Standard.X12 && partner.ta1()) {
            ErrorKind first = refused.errors().get(0).error();
            renderer = control -> RenderedFile.named("TA1", Standard.X12, control,
                    Acknowledgements.ta1(partner, refused, first, control, now));
        } else if (partner.acknowledgement() == Acknowledgement.CONTRL) {
            renderer = control -> RenderedFile.named("CONTRL", Standard.EDIFACT, control,
                    Acknowledgements.edifact(partner, refused, List.of(), control, now));
        } else {
            return;
        }
        deliver(partner, refused, () -> ledger.refusal(partner.id(), key, renderer, clock.instant()), outbox);
    }

    /**
     * Renders (or finds) the answer to an interchange and delivers it once. When the writer refuses what the
     * envelope holds, the interchange stands and the partner gets no answer.
     */
    private void deliver(Partner partner, Interchange answered, Supplier<StoredFile> answer, Outbox outbox) {
        try {
            ledger.deliver(answer.get(), outbox, clock.instant());
        } catch (EdiWriter.UnwritableException e) {
            LOG.error("EDI partner {}: no answer can be written for interchange {}: {}", partner.id(),
                    answered.envelope().controlNumber(), e.getMessage());
        }
    }

    private static Group duplicateGroup(Group group) {
        List<SyntaxError> errors = new ArrayList<>(group.errors());
        errors.add(new SyntaxError(new Location("GS", 0, 0),
                ErrorKind.DUPLICATE_GROUP, "group " + group.controlNumber() + " was received before"));
        return new Group(group.functionalId(), group.controlNumber(), group.version(), group.header(), group.sets(),
                List.copyOf(errors));
    }

    /** @param answered the interchange whose acknowledgement answers the duplicate, when the policy says so */
    private Outcome duplicate(Partner partner, String seen, long answered, Outbox outbox) {
        LOG.warn("EDI partner {}: {}; duplicate policy {}", partner.id(), seen, partner.duplicates());
        return switch (partner.duplicates()) {
            case REJECT -> Outcome.rejected(seen + "; a duplicate is rejected");
            case QUARANTINE -> Outcome.quarantined(seen + "; the duplicate is held for a person to decide");
            case REACKNOWLEDGE -> {
                ledger.acknowledgementOf(answered).ifPresent(ack -> ledger.deliverAgain(ack, outbox,
                        clock.instant()));
                yield Outcome.processed(seen + "; its acknowledgement was sent again, nothing else was done");
            }
        };
    }

    private static List<SyntaxError> envelopeErrors(Partner partner, Interchange interchange) {
        List<SyntaxError> errors = new ArrayList<>(interchange.errors());
        Envelope envelope = interchange.envelope();
        String header = interchange.standard() == Standard.X12 ? "ISA" : "UNB";
        if (interchange.standard() != partner.standard()) {
            errors.add(envelopeError(header, ErrorKind.INVALID_ENVELOPE, "partner " + partner.id() + " sends "
                    + partner.standard() + ", not " + interchange.standard()));
        } else if (!partner.sentBy(envelope.senderQualifier(), envelope.senderId())) {
            errors.add(envelopeError(header, ErrorKind.UNKNOWN_SENDER, "the sender " + envelope.senderQualifier() + "/"
                    + envelope.senderId().strip() + " is not partner " + partner.id()));
        } else if (!partner.sentTo(envelope.receiverQualifier(), envelope.receiverId())) {
            errors.add(envelopeError(header, ErrorKind.NOT_THE_RECEIVER, "the receiver "
                    + envelope.receiverQualifier() + "/" + envelope.receiverId().strip() + " is not us"));
        }
        return errors;
    }

    private static SyntaxError envelopeError(String segment, ErrorKind kind, String detail) {
        return new SyntaxError(new Location(segment, 0, 0), kind, detail);
    }

    private static InterchangeHeader header(Interchange interchange) {
        List<TransactionSet> sets = interchange.sets();
        String version = interchange.groups().stream().map(Group::version).filter(v -> !v.isEmpty()).findFirst()
                .orElse(interchange.envelope().syntaxVersion());
        String messages = sets.stream().map(TransactionSet::type).distinct().collect(Collectors.joining(","));
        return new InterchangeHeader(interchange.envelope().controlNumber(), interchange.standard().name(), version,
                messages.isEmpty() ? "-" : messages, sets.size(), interchange.warnings());
    }

    /** A status set's events, named by the interchange, group and set they came in, which a re-run names alike. */
    private MappedStatuses mapStatuses(Partner partner, Interchange interchange, Group group, TransactionSet set) {
        String eventIds = interchange.envelope().controlNumber().strip() + "/" + reference(group, set);
        return set.type().equals("214") ? X12ShipmentStatus.map(set, partner, eventIds, clock.instant())
                : EdifactStatusReport.map(set, partner, eventIds, clock.instant());
    }

    /** The set's reference for sales: unique in its interchange (ST02 repeats across X12 groups). */
    private static String reference(Group group, TransactionSet set) {
        return group.controlNumber().isEmpty() ? set.controlNumber() : group.controlNumber() + "/" + set.controlNumber();
    }

    static String describe(List<SyntaxError> errors) {
        return errors.stream().map(SyntaxError::toString).collect(Collectors.joining("; "));
    }

    /** The errors of each order set, as they are found, and the verdicts and reason they make. */
    private static final class Decisions {
        private final List<Group> groups;
        private final List<List<List<SyntaxError>>> errors = new ArrayList<>();

        Decisions(List<Group> groups) {
            this.groups = groups;
            for (Group group : groups) {
                List<List<SyntaxError>> sets = new ArrayList<>();
                group.sets().forEach(set -> sets.add(new ArrayList<>()));
                errors.add(sets);
            }
        }

        List<SyntaxError> errors(int group, int set) {
            return errors.get(group).get(set);
        }

        List<Verdict> verdicts() {
            List<Verdict> verdicts = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                verdicts.add(new Verdict(groups.get(g), errors.get(g).stream().map(List::copyOf).toList()));
            }
            return verdicts;
        }

        /** What was refused, one line per group or set; null when nothing was. */
        String reason() {
            List<String> lines = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                Group group = groups.get(g);
                if (!group.errors().isEmpty()) {
                    lines.add("group " + group.controlNumber() + ": " + describe(group.errors()));
                }
                for (int s = 0; s < group.sets().size(); s++) {
                    if (!errors.get(g).get(s).isEmpty()) {
                        TransactionSet set = group.sets().get(s);
                        lines.add(set.type() + " " + set.controlNumber() + ": " + describe(errors.get(g).get(s)));
                    }
                }
            }
            return lines.isEmpty() ? null : String.join("\n", lines);
        }
    }
}
