package io.orderflow.routes.edi.internal.inbound;

import io.orderflow.routes.edi.internal.ledger.EdiLedger;
import io.orderflow.routes.edi.internal.ledger.InterchangeState;
import io.orderflow.routes.edi.internal.syntax.Segment;
import io.orderflow.routes.edi.internal.syntax.TransactionSet;
import java.time.Clock;
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

    void apply(String partner, TransactionSet answer) {
        if (answer.type().equals("CONTRL")) {
            contrl(partner, answer);
        } else {
            functionalAck(partner, answer);
        }
    }

    private void functionalAck(String partner, TransactionSet ack) {
        String group = ack.all("AK1").stream().findFirst().map(s -> s.get(2)).orElse("");
        Segment ak9 = ack.all("AK9").stream().findFirst().orElse(null);
        if (group.isEmpty() || ak9 == null) {
            LOG.warn("EDI partner {}: {} {} names no group (AK1) or no outcome (AK9); ignored", partner, ack.type(),
                    ack.controlNumber());
            return;
        }
        String state = switch (ak9.get(1)) {
            case "A", "E" -> InterchangeState.ACCEPTED;
            case "P" -> InterchangeState.PARTIALLY_ACCEPTED;
            default -> InterchangeState.PARTNER_REJECTED;
        };
        int accepted = parseCount(ak9.get(4));
        record(partner, group, state, sets -> accepted, ack);
    }

    private void contrl(String partner, TransactionSet contrl) {
        Segment uci = contrl.all("UCI").stream().findFirst().orElse(null);
        if (uci == null) {
            return;
        }
        long rejectedMessages = contrl.all("UCM").stream().filter(ucm -> ucm.get(3).equals("4")).count();
        boolean rejected = uci.get(4).equals("4");
        String state = rejected ? InterchangeState.PARTNER_REJECTED
                : rejectedMessages > 0 ? InterchangeState.PARTIALLY_ACCEPTED : InterchangeState.ACCEPTED;
        record(partner, uci.get(1), state, sets -> rejected ? 0 : Math.max(0, sets - (int) rejectedMessages), contrl);
    }

    private void record(String partner, String controlNumber, String state, IntUnaryOperator accepted,
                        TransactionSet answer) {
        if (ledger.partnerAcknowledged(partner, controlNumber, state, accepted, clock.instant())) {
            LOG.info("EDI partner {}: our interchange {} {}", partner, controlNumber, state.toLowerCase());
        } else {
            LOG.warn("EDI partner {}: {} {} answers interchange {}, which we did not send; ignored", partner,
                    answer.type(), answer.controlNumber(), controlNumber);
        }
    }

    private static int parseCount(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
