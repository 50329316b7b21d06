package vn.partydev.platform.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import vn.partydev.platform.http.UnacceptableTextException;

import java.util.List;
import java.util.UUID;

/** What is wrong with a request body Jackson could not read, in words and with a JSON pointer; the value itself is never quoted. */
record UnreadableJson(String code, String detail, List<ProblemError> errors) {

    static UnreadableJson of(JsonProcessingException exception) {
        if (exception instanceof UnrecognizedPropertyException unknown) {
            String pointer = JsonPointers.of(unknown.getPath());
            return at("UNKNOWN_FIELD", pointer, "unknown field '" + unknown.getPropertyName() + "'");
        }
        if (exception instanceof StreamConstraintsException) {
            return whole("VALUE_TOO_LARGE", "a value in the body exceeds the parser's limits (number or text too long, nesting too deep)");
        }
        if (exception instanceof InputCoercionException) {
            return whole("NUMBER_OUT_OF_RANGE", "a number in the body is out of range" + location(exception));
        }
        if (exception instanceof JsonMappingException mapping) {
            String pointer = JsonPointers.of(mapping.getPath());
            if (mapping.getCause() instanceof StreamConstraintsException) {
                return at("VALUE_TOO_LARGE", pointer, "the value exceeds the parser's limits");
            }
            if (mapping.getCause() instanceof InputCoercionException || mentionsRange(mapping)) {
                return at("NUMBER_OUT_OF_RANGE", pointer, "number out of range for " + typeName(mapping));
            }
            if (mapping.getCause() instanceof StreamReadException syntax) {
                // a syntax error met while reading a value: the body is not JSON, whatever the value was
                return whole("MALFORMED_JSON", "the body is not valid JSON" + location(syntax));
            }
            if (mapping instanceof UnacceptableTextException text) {
                return at("INVALID_TEXT", pointer, text.reason());
            }
            if (mapping instanceof InvalidFormatException || mapping instanceof ValueInstantiationException) {
                return at("INVALID_VALUE", pointer, "expected " + typeName(mapping));
            }
            if (mapping instanceof MismatchedInputException) {
                if (mapping.getOriginalMessage() != null && mapping.getOriginalMessage().contains("end-of-input")) {
                    return whole("MALFORMED_JSON", "the body ends before the JSON value is complete");
                }
                if (pointer.isEmpty() && mapping.getMessage() != null && mapping.getMessage().toLowerCase(java.util.Locale.ROOT).contains("trailing token")) {
                    return whole("MALFORMED_JSON", "unexpected content after the JSON value");
                }
                if (pointer.isEmpty() && mapping.getMessage() != null && mapping.getMessage().startsWith("No content")) {
                    return whole("EMPTY_BODY", "the request body is empty");
                }
                return at("INVALID_VALUE", pointer, "expected " + typeName(mapping));
            }
            return at("INVALID_VALUE", pointer, "the value cannot be read");
        }
        return whole("MALFORMED_JSON", "the body is not valid JSON" + location(exception));
    }

    private static boolean mentionsRange(JsonMappingException mapping) {
        String message = mapping.getOriginalMessage();
        return message != null && (message.contains("out of range") || message.contains("Numeric value"));
    }

    private static String typeName(JsonMappingException mapping) {
        Class<?> target = mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null) {
            return "a value of another type";
        }
        if (target.isEnum()) {
            Object[] constants = target.getEnumConstants();
            StringBuilder names = new StringBuilder();
            for (int i = 0; i < constants.length && i < 40; i++) {
                names.append(i == 0 ? "" : ", ").append(((Enum<?>) constants[i]).name());
            }
            return "one of " + names;
        }
        if (target == UUID.class) {
            return "a UUID";
        }
        if (target == int.class || target == Integer.class || target == long.class || target == Long.class
                || target == short.class || target == Short.class) {
            return "an integer (" + target.getSimpleName().toLowerCase() + ")";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "a string";
        }
        if (target.getName().startsWith("java.time.")) {
            return "an ISO-8601 " + target.getSimpleName();
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "an array";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "a number";
        }
        return "an object (" + target.getSimpleName() + ")";
    }

    private static String location(JsonProcessingException exception) {
        JsonLocation location = exception.getLocation();
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static UnreadableJson at(String code, String pointer, String detail) {
        return new UnreadableJson(code, (pointer.isEmpty() ? "the body" : pointer) + ": " + detail,
                List.of(ProblemError.atPointer(pointer, detail)));
    }

    private static UnreadableJson whole(String code, String detail) {
        return new UnreadableJson(code, detail, List.of());
    }
}
