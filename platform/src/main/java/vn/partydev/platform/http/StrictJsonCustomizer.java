package vn.partydev.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Makes the application's ObjectMapper strict about what clients send: an unknown field, a null for a primitive, a
 * number for an enum, a fraction for an integer, trailing content, duplicate keys, NUL characters and unpaired
 * surrogates are all refused (answered as 400 problems) instead of being silently guessed at. No scalar is coerced
 * into another: {@code 12345} or {@code true} for a string, {@code "12"} for a number, {@code 1} for a boolean, an
 * empty string for a number, boolean, enum or UUID, and anything but an ISO-8601 string for a date or time.
 * <p>
 * Event consumers read other services' events, which may gain fields: they should read with
 * {@code objectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)}.
 */
@Singleton
public class StrictJsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // "12" for a number and 1 for a boolean are mistakes in a client, not formats to support
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        // 12345 for a name is not a name
        for (CoercionInputShape scalar : new CoercionInputShape[]{CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // "" is not a missing value: a client that means "none" sends null or leaves the field out
        for (LogicalType type : new LogicalType[]{LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.Enum, LogicalType.OtherScalar, LogicalType.DateTime}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.registerModule(new SimpleModule("partydev-storable-text")
                .addDeserializer(String.class, new StorableTextDeserializer())
                .setDeserializerModifier(new IsoTextOnlyDeserializer.Modifier()));
    }

    @Override
    public int priority() {
        // after Quarkus's own customizer, which applies quarkus.jackson.* (it would otherwise switch unknown fields back on)
        return MINIMUM_PRIORITY;
    }
}
