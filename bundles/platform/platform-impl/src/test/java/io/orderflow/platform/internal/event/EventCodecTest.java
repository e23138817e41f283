package io.orderflow.platform.internal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventPayload;
import io.orderflow.platform.api.event.EventPayload.Required;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The codec writes records in the outbox's shape and reads them back, naming what is missing or malformed. */
class EventCodecTest {

    enum Colour { RED, AMBER }

    record Part(@Required String code, BigDecimal quantity) {
    }

    record Sample(@Required String name, Colour colour, BigDecimal amount, LocalDate due, LocalDate shipped,
                  String remark, long count, List<Part> parts) implements EventPayload {

        static final String TYPE = "sample/SAMPLED";

        @Override
        public String eventType() {
            return TYPE;
        }
    }

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    private final EventCodecImpl codec = new EventCodecImpl();

    private final Sample sample = new Sample("lamp", Colour.AMBER, new BigDecimal("12.50"), LocalDate.of(2026, 12, 20),
            null, "", 3, List.of(new Part("A", new BigDecimal("1E+3")), new Part("B", new BigDecimal("0.25"))));

    private static DomainEvent event(Map<String, Object> payload, int schemaVersion) {
        return new DomainEvent(UUID.randomUUID(), Sample.TYPE, "S-1", NOW, schemaVersion, payload);
    }

    @Test
    void aRecordIsWrittenInTheOutboxShapeAndReadBackFromItsJson() {
        DomainEvent event = codec.toEvent("S-1", NOW, sample);
        assertEquals(Sample.TYPE, event.type());
        assertEquals(1, event.schemaVersion());
        assertEquals("S-1", event.aggregateId());
        // the envelope keeps no key order (nor did it before the records): the same keys and values
        assertEquals(OutboxRows.payload("{'name':'lamp','colour':'AMBER','amount':'12.50','due':'2026-12-20',"
                + "'shipped':'','remark':'','count':3,'parts':[{'code':'A','quantity':'1000'},"
                + "{'code':'B','quantity':'0.25'}]}"), OutboxRows.payload(EventJson.payload(event)));
        assertEquals(new Sample("lamp", Colour.AMBER, new BigDecimal("12.50"), LocalDate.of(2026, 12, 20), null, "", 3,
                List.of(new Part("A", new BigDecimal("1000")), new Part("B", new BigDecimal("0.25")))),
                codec.payload(OutboxRows.stored(event), Sample.class));
    }

    @Test
    void absentTextDecimalsAndDatesAreWrittenEmptyOtherAbsentValuesLeftOut() {
        DomainEvent event = codec.toEvent("S-1", NOW, new Sample("lamp", null, null, null, null, null, 0, null));
        assertEquals(OutboxRows.payload("{'name':'lamp','amount':'','due':'','shipped':'','remark':'','count':0}"),
                OutboxRows.payload(EventJson.payload(event)));
        assertEquals(new Sample("lamp", null, null, null, null, "", 0, null), codec.payload(event, Sample.class));
    }

    @Test
    void keysTheRecordDoesNotKnowAreIgnoredAndAbsentOnesAreNull() {
        Sample read = codec.payload(event(Map.of("name", "lamp", "added", "later"), 1), Sample.class);
        assertEquals(new Sample("lamp", null, null, null, null, null, 0, null), read);
        assertEquals(new BigDecimal("7"), codec.payload(event(Map.of("name", "lamp", "amount", 7), 1), Sample.class)
                .amount(), "a decimal written as a number reads too");
    }

    /** The message of the refusal to read {@code event} as a {@link Sample}. */
    private String refusal(DomainEvent event) {
        return assertThrows(IllegalArgumentException.class, () -> codec.payload(event, Sample.class)).getMessage();
    }

    @Test
    void aMissingOrBlankRequiredComponentNamesTheEventAndTheComponent() {
        DomainEvent missing = event(Map.of("colour", "RED"), 1);
        assertEquals(Sample.TYPE + " " + missing.id() + " has no name", refusal(missing));
        DomainEvent blankPart = event(Map.of("name", "lamp", "parts", List.of(Map.of("code", "A"),
                Map.of("code", " "))), 1);
        assertEquals(Sample.TYPE + " " + blankPart.id() + " has no parts[1].code", refusal(blankPart));
    }

    @Test
    void aValueThatDoesNotFitNamesTheEventAndWhereItIs() {
        DomainEvent badQuantity = event(Map.of("name", "lamp", "parts", List.of(Map.of("code", "A",
                "quantity", "a dozen"))), 1);
        String refusal = refusal(badQuantity);
        assertTrue(refusal.startsWith(Sample.TYPE + " " + badQuantity.id() + " has a malformed parts[0].quantity"),
                refusal);
        DomainEvent badColour = event(Map.of("name", "lamp", "colour", "BLUE"), 1);
        refusal = refusal(badColour);
        assertTrue(refusal.startsWith(Sample.TYPE + " " + badColour.id() + " has a malformed colour"), refusal);
    }

    @Test
    void anEventOfANewerSchemaVersionIsRefused() {
        DomainEvent newer = event(Map.of("name", "lamp"), 2);
        assertEquals(Sample.TYPE + " " + newer.id() + " is of schema version 2; Sample reads up to 1", refusal(newer));
    }
}
