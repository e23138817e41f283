package io.orderflow.platform.internal.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.orderflow.platform.api.text.FreeText;
import io.orderflow.platform.api.text.Text;
import java.io.IOException;

/**
 * Every string of a request body is checked as it is read ({@link Text#problem(String, boolean)}): a single line
 * without control characters, or a {@link FreeText} field that may also hold tabs and line breaks.
 */
final class TextModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    TextModule() {
        super("orderflow-text");
        addDeserializer(String.class, new CheckedString(false));
    }

    /** A string refused for a character it may not hold; ErrorMapper names the field and the problem. */
    static final class UnsafeTextException extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        UnsafeTextException(JsonParser parser, String problem) {
            super(parser, problem);
        }
    }

    private static final class CheckedString extends StdScalarDeserializer<String> implements ContextualDeserializer {
        private static final long serialVersionUID = 1L;
        private final boolean freeText;

        CheckedString(boolean freeText) {
            super(String.class);
            this.freeText = freeText;
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            String problem = Text.problem(value, freeText);
            if (problem != null) {
                throw new UnsafeTextException(parser, problem);
            }
            return value;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean free = property != null && property.getAnnotation(FreeText.class) != null;
            return free == freeText ? this : new CheckedString(free);
        }
    }
}
