package io.orderflow.routes.carrier.internal.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookHeadersTest {

    @Test
    void namesDifferingOnlyInCaseAreOneHeaderAndBlankValuesAreAbsent() {
        Map<String, List<String>> received = new LinkedHashMap<>();
        received.put("Webhook-Signature", List.of("v1,QUJD"));
        received.put("webhook-signature", Arrays.asList(" v1,REVG ", null, "  "));
        received.put("X-Empty", List.of(" "));
        received.put(null, List.of("dropped"));
        WebhookHeaders headers = WebhookHeaders.of(received);
        assertEquals(List.of("v1,QUJD", "v1,REVG"), headers.all("WEBHOOK-SIGNATURE"));
        assertEquals(Optional.of("v1,QUJD"), headers.first("webhook-signature"));
        assertEquals(Optional.empty(), headers.first("x-empty"));
        assertEquals(List.of(), headers.all("webhook-id"));
    }
}
