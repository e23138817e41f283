package io.orderflow.routes.carrier.internal.signature;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The headers of one webhook request, looked up without regard to the name's case (HTTP header names are
 * case-insensitive). Values are trimmed; blank and null values are left out, so a blank header counts as absent.
 */
public final class WebhookHeaders {

    private final Map<String, List<String>> values;

    private WebhookHeaders(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * The headers as a request gives them, for example CXF's {@code HttpHeaders.getRequestHeaders()}; names that
     * differ only in case are merged, in the map's iteration order.
     */
    public static WebhookHeaders of(Map<String, ? extends Collection<String>> headers) {
        Map<String, List<String>> values = new HashMap<>();
        headers.forEach((name, list) -> {
            if (name == null || list == null) {
                return;
            }
            List<String> kept = list.stream().filter(Objects::nonNull).map(String::trim).filter(v -> !v.isEmpty())
                    .toList();
            if (!kept.isEmpty()) {
                values.merge(key(name), kept, (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
            }
        });
        return new WebhookHeaders(Map.copyOf(values));
    }

    /** Every non-blank value of the header, in the order received; empty when the header is absent. */
    public List<String> all(String name) {
        return values.getOrDefault(key(name), List.of());
    }

    /** The header's first non-blank value. */
    public Optional<String> first(String name) {
        return all(name).stream().findFirst();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
