package io.orderflow.routes.carrier.internal.format;

import io.orderflow.logistics.api.TrackingEvent;
import io.orderflow.routes.carrier.internal.profile.PayloadFormat;
import java.util.List;

/**
 * Reads a verified webhook body of one format into tracking events. Parsers are stateless and thread-safe. Every
 * parser reads the body as strict UTF-8 and strict JSON (no duplicate keys, bounded depth and sizes) and refuses
 * control characters in text fields.
 */
public interface PayloadParser {

    /**
     * @param body the raw body, as its signature was verified
     * @param ctx  the carrier's profile
     * @return the events in the body's order; never empty
     * @throws PayloadProblem naming what is wrong and where
     */
    List<TrackingEvent> parse(byte[] body, ParseContext ctx);

    /** The parser of a profile's payload format. */
    static PayloadParser of(PayloadFormat format) {
        return switch (format) {
            case ORDERFLOW_JSON -> OrderflowJsonParser.INSTANCE;
            case EASYPOST -> EasyPostParser.INSTANCE;
            case AFTERSHIP -> AfterShipParser.INSTANCE;
        };
    }
}
