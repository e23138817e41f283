package io.orderflow.platform.internal.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.orderflow.platform.api.CustomerRef;
import io.orderflow.platform.api.Money;
import io.orderflow.platform.api.ProductCode;
import java.io.IOException;
import java.util.function.Function;

/** JSON shapes of the platform value types: money amounts are strings so that no client rounds them. */
final class ValueTypesModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    ValueTypesModule() {
        super("orderflow-value-types");
        addSerializer(Money.class, new JsonSerializer<>() {
            @Override
            public void serialize(Money money, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeStartObject();
                gen.writeStringField("amount", money.toPlainString());
                gen.writeStringField("currency", money.currency());
                gen.writeEndObject();
            }
        });
        addDeserializer(Money.class, new JsonDeserializer<>() {
            @Override
            public Money deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                JsonNode node = context.readTree(parser);
                try {
                    return Money.of(node.path("amount").asText(null), node.path("currency").asText(null));
                } catch (IllegalArgumentException e) {
                    return (Money) context.handleWeirdStringValue(Money.class, node.toString(), e.getMessage());
                }
            }
        });
        addStringType(ProductCode.class, ProductCode::value, ProductCode::new);
        addStringType(CustomerRef.class, CustomerRef::id, CustomerRef::new);
    }

    private <T> void addStringType(Class<T> type, Function<T, String> write, Function<String, T> read) {
        addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(write.apply(value));
            }
        });
        addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String text = parser.getValueAsString();
                try {
                    return read.apply(text);
                } catch (IllegalArgumentException e) {
                    return type.cast(context.handleWeirdStringValue(type, text, e.getMessage()));
                }
            }
        });
    }
}
