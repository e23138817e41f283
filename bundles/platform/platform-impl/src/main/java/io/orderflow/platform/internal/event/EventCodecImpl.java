package io.orderflow.platform.internal.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.BeanDescription;
import io.orderflow.platform.api.event.DomainEvent;
import io.orderflow.platform.api.event.EventCodec;
import io.orderflow.platform.api.event.EventPayload;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;

/**
 * The platform's one event codec: records to payload maps and back with Jackson, in the shape the outbox has always
 * stored (decimals as plain strings, dates as {@code yyyy-MM-dd}, enums by name, absent text, decimals and dates as
 * {@code ""}, other absent values left out), so events written before the records existed read as records. Jackson
 * reflects on the record class it is handed, so the department packages need not be visible to this bundle.
 */
@Component(service = EventCodec.class)
public final class EventCodecImpl implements EventCodec {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    /** Component types written as {@code ""} when null, as every payload wrote them before the records. */
    private static final Set<Class<?>> BLANK_WHEN_NULL = Set.of(String.class, BigDecimal.class, LocalDate.class);

    private final ObjectMapper json = mapper();

    @Override
    public DomainEvent toEvent(String aggregateId, Instant occurredAt, EventPayload payload) {
        return new DomainEvent(UUID.randomUUID(), payload.eventType(), aggregateId, occurredAt, payload.schemaVersion(),
                json.convertValue(payload, MAP));
    }

    @Override
    public <T extends EventPayload> T payload(DomainEvent event, Class<T> type) {
        T payload;
        try {
            payload = json.convertValue(event.payload(), type);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(event.type() + " " + event.id() + " has a malformed "
                    + path(e.getCause()) + " for " + type.getSimpleName(), e);
        }
        if (event.schemaVersion() > payload.schemaVersion()) {
            throw new IllegalArgumentException(event.type() + " " + event.id() + " is of schema version "
                    + event.schemaVersion() + "; " + type.getSimpleName() + " reads up to " + payload.schemaVersion());
        }
        if (payload instanceof Record record) {
            requireComponents(event, record, "");
        }
        return payload;
    }

    /** Throws naming the first {@link EventPayload.Required} component missing or blank, nested records included. */
    private static void requireComponents(DomainEvent event, Record value, String prefix) {
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object field = read(component, value);
            String name = prefix + component.getName();
            if (component.isAnnotationPresent(EventPayload.Required.class)
                    && (field == null || field instanceof String text && text.isBlank())) {
                throw new IllegalArgumentException(event.type() + " " + event.id() + " has no " + name);
            }
            if (field instanceof Record nested) {
                requireComponents(event, nested, name + ".");
            } else if (field instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof Record nested) {
                        requireComponents(event, nested, name + "[" + i + "].");
                    }
                }
            }
        }
    }

    private static Object read(RecordComponent component, Record value) {
        try {
            return component.getAccessor().invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component + " of " + value.getClass().getName(), e);
        }
    }

    /** {@code lines[1].quantity}: where in the payload Jackson failed. */
    private static String path(Throwable failure) {
        if (!(failure instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "payload";
        }
        return mapping.getPath().stream().map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName()
                : "[" + ref.getIndex() + "]").collect(Collectors.joining()).substring(1);
    }

    private static ObjectMapper mapper() {
        SimpleModule module = new SimpleModule("orderflow-events");
        module.addSerializer(BigDecimal.class, text(BigDecimal::toPlainString));
        module.addSerializer(LocalDate.class, text(LocalDate::toString));
        module.addDeserializer(BigDecimal.class, parsed(BigDecimal::new));
        module.addDeserializer(LocalDate.class, parsed(LocalDate::parse));
        JsonSerializer<Object> blank = text(value -> "");
        module.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean,
                                                             List<BeanPropertyWriter> properties) {
                properties.stream().filter(p -> BLANK_WHEN_NULL.contains(p.getType().getRawClass()))
                        .forEach(p -> p.assignNullSerializer(blank));
                return properties;
            }
        });
        // other nulls are left out: the envelope holds no null values
        return new ObjectMapper().registerModule(module).setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private static <V> JsonSerializer<V> text(Function<V, String> format) {
        return new JsonSerializer<>() {
            @Override
            public void serialize(V value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(format.apply(value));
            }
        };
    }

    /** Reads a value from its text (a number's too); blank text is null. */
    private static <V> JsonDeserializer<V> parsed(Function<String, V> parse) {
        return new JsonDeserializer<>() {
            @Override
            @SuppressWarnings("unchecked")
            public V deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                if (parser.currentToken() != JsonToken.VALUE_STRING && !parser.currentToken().isNumeric()) {
                    return (V) context.handleUnexpectedToken(Object.class, parser);
                }
                String text = parser.getText().strip();
                try {
                    return text.isEmpty() ? null : parse.apply(text);
                } catch (NumberFormatException | DateTimeParseException e) {
                    throw JsonMappingException.from(parser, "not readable: " + text, e);
                }
            }
        };
    }
}
