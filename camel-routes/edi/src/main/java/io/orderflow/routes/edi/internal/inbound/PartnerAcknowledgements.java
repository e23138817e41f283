package io.orderflow.routes.edi.internal.inbound;

import io.orderflow.routes.edi.internal.ledger.EdiLedger;
import io.orderflow.routes.edi.internal.ledger.InterchangeState;
import io.orderflow.routes.edi.internal.syntax.Segment;
import io.orderflow.routes.edi.internal.syntax.TransactionSet;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The partner's answers to what we sent: a 997 names our group (AK1, which carries our interchange's control number)
 * and accepts, partly accepts or rejects it (AK9); a CONTRL names our interchange (UCI) and acknowledges or rejects
 * it, message by message when it lists them (UCM).
 */
final class PartnerAcknowledgements {

    static final Set<String> TYPES = Set.of("997", "999", "CONTRL");
    private static final Logger LOG = LoggerFactory.getLogger(PartnerAcknowledgements.class);

    private final EdiLedger ledger;
    private final Clock clock;

    PartnerAcknowledgements(EdiLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** @return what the answer does not match: empty when it answers an interchange we sent */
    Optional<String> apply(String partner, TransactionSet answer) {
        return answer.type().equals("CONTRL") ? contrl(partner, answer) : functionalAck(partner, answer);
    }

    private Optional<String> functionalAck(String partner, TransactionSet ack) {
        String group = ack.all("AK1").stream().findFirst().map(s -> s.get(2)).orElse("");
        Segment ak9 = ack.all("AK9").stream().findFirst().orElse(null);
        if (group.isEmpty() || ak9 == null) {
            String unmatched = ack.type() + " " + ack.controlNumber() + " names no group (AK1) or no outcome (AK9)";
            LOG.warn("EDI partner {}: {}; kept as unmatched", partner, unmatched);
            return Optional.of(unmatched);
        }
        String state = switch (ak9.get(1)) {
            case "A", "E" -> InterchangeState.ACCEPTED;
            case "P" -> InterchangeState.PARTIALLY_ACCEPTED;
            default -> InterchangeState.PARTNER_REJECTED;
        };
        int accepted = parseCount(ak9.get(4));
        return record(partner, group, state, sets -> accepted, ack);
    }

    private Optional<String> contrl(String partner, TransactionSet contrl) {
        Segment uci = contrl.all("UCI").stream().findFirst().orElse(null);
        if (uci == null) {
            return Optional.of("CONTRL " + contrl.controlNumber() + " names no interchange (UCI)");
        }
        long rejectedMessages = contrl.all("UCM").stream().filter(ucm -> ucm.get(3).equals("4")).count();
        boolean rejected = uci.get(4).equals("4");
        String state = rejected ? InterchangeState.PARTNER_REJECTED
                : rejectedMessages > 0 ? InterchangeState.PARTIALLY_ACCEPTED : InterchangeState.ACCEPTED;
        return record(partner, uci.get(1), state, sets -> rejected ? 0 : Math.max(0, sets - (int) rejectedMessages),
                contrl);
    }

    private Optional<String> record(String partner, String controlNumber, String state, IntUnaryOperator accepted,
                                    TransactionSet answer) {
        if (ledger.partnerAcknowledged(partner, controlNumber, state, accepted, clock.instant())) {
            LOG.info("EDI partner {}: our interchange {} {}", partner, controlNumber, state.toLowerCase());
            return Optional.empty();
        }
        String unmatched = answer.type() + " " + answer.controlNumber() + " answers interchange " + controlNumber
                + ", which we did not send";
        LOG.warn("EDI partner {}: {}; kept as unmatched", partner, unmatched);
        return Optional.of(unmatched);
    }

    private static int parseCount(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
