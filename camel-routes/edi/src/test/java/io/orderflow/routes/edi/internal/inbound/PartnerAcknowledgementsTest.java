package io.orderflow.routes.edi.internal.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.orderflow.platform.testkit.InMemoryDepartment;
import io.orderflow.routes.edi.internal.ledger.EdiLedger;
import io.orderflow.routes.edi.internal.ledger.InterchangeHeader;
import io.orderflow.routes.edi.internal.ledger.InterchangeState;
import io.orderflow.routes.edi.internal.ledger.InterchangeView;
import io.orderflow.routes.edi.internal.ledger.LedgerViews;
import io.orderflow.routes.edi.internal.ledger.RenderedFile;
import io.orderflow.routes.edi.internal.partner.Standard;
import io.orderflow.routes.edi.internal.partner.Strictness;
import io.orderflow.routes.edi.internal.syntax.EdiReader;
import io.orderflow.routes.edi.internal.syntax.TransactionSet;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The partner's 997 for our 856: the dispatch advice it names leaves the overdue list, accepted. */
class PartnerAcknowledgementsTest {

    private static final Instant SENT = Instant.parse("2026-12-03T06:00:00Z");
    private static final Instant DUE = SENT.plus(Duration.ofHours(24));

    private final InMemoryDepartment derby = InMemoryDepartment.withoutUnit("edi");
    private final EdiLedger ledger = new EdiLedger(derby.migrations(), derby.transactions());
    private final LedgerViews views = new LedgerViews(derby.migrations(), derby.transactions());

    @AfterEach
    void dropDatabase() {
        derby.close();
    }

    /** The partner's 997 for the functional group numbered {@code group}, with AK9 {@code outcome}. */
    private static TransactionSet functionalAck(long group, String outcome) throws Exception {
        String x12 = "ISA*00*          *00*          *ZZ*ACME           *ZZ*ORDERFLOW      *261204*0900*U*00401"
                + "*000000077*0*P*>~GS*FA*ACME*ORDERFLOW*20261204*0900*77*X*004010~ST*997*0001~AK1*SH*" + group
                + "~AK2*856*0001~AK5*" + outcome + "~AK9*" + outcome + "*1*1*" + ("A".equals(outcome) ? 1 : 0)
                + "~SE*6*0001~GE*1*77~IEA*1*000000077~";
        return new EdiReader().read(x12.getBytes(StandardCharsets.ISO_8859_1), Strictness.STRICT).get(0).sets()
                .get(0);
    }

    @Test
    void a997AcceptingOurOverdue856TakesItOffTheOverdueList() throws Exception {
        ledger.outbound("ACME", UUID.randomUUID(), new InterchangeHeader("", "X12", "004010", "856", 1, List.of()),
                DUE, control -> RenderedFile.named("856", Standard.X12, control, "ISA*...~ST*856*0001~"
                        .getBytes(StandardCharsets.ISO_8859_1)), SENT);
        InterchangeView awaiting = views.overdue(DUE.plusSeconds(60)).get(0);
        assertEquals(List.of("856", InterchangeState.SENT), List.of(awaiting.messages(), awaiting.state()));
        Instant answered = DUE.plusSeconds(120);

        Optional<String> unmatched = new PartnerAcknowledgements(ledger, Clock.fixed(answered, ZoneOffset.UTC))
                .apply("ACME", functionalAck(Long.parseLong(awaiting.controlNumber()), "A"));

        assertEquals(Optional.empty(), unmatched);
        assertEquals(List.of(), views.overdue(answered));
        InterchangeView accepted = views.interchange(awaiting.id()).orElseThrow();
        assertEquals(List.of(InterchangeState.ACCEPTED, 1), List.of(accepted.state(), accepted.acceptedSets()));
        assertEquals(answered, accepted.acknowledged());
    }

    @Test
    void a997ForAGroupWeNeverSentIsUnmatched() throws Exception {
        assertEquals(Optional.of("997 0001 answers interchange 41, which we did not send"),
                new PartnerAcknowledgements(ledger, Clock.fixed(SENT, ZoneOffset.UTC))
                        .apply("ACME", functionalAck(41, "A")));
    }
}
