package vn.partydev.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;

import java.io.IOException;

/**
 * Reads a {@code java.time} value only from an ISO-8601 string. Jackson would otherwise read {@code 20260101} as the
 * 20,260,101st day after 1970 (the year 57440) and {@code [2026, 1, 1]} as a date: a client's mistake stored as a fact.
 */
final class IsoTextOnlyDeserializer extends DelegatingDeserializer {

    IsoTextOnlyDeserializer(JsonDeserializer<?> delegate) {
        super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
        return new IsoTextOnlyDeserializer(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING) || parser.getText().isBlank()) {
            return context.handleUnexpectedToken(handledType(), parser.currentToken(), parser,
                    "expected an ISO-8601 string");
        }
        return super.deserialize(parser, context);
    }

    /** Wraps the deserializer of every {@code java.time} type. */
    static final class Modifier extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                      JsonDeserializer<?> deserializer) {
            return description.getBeanClass().getName().startsWith("java.time.")
                    ? new IsoTextOnlyDeserializer(deserializer) : deserializer;
        }
    }
}
