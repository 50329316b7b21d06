package vn.partydev.local.abuse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Plausible and wrong values for a schema of the document: a body to start from, and what to break it with. */
final class Samples {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ApiDocument document;
    /** Ids to put in uuid fields by name (cellId, candidateId, ...); a fixed unknown id otherwise. */
    private final Function<String, String> ids;

    ApiDocument document() {
        return document;
    }

    Samples(ApiDocument document, Function<String, String> ids) {
        this.document = document;
        this.ids = ids;
    }

    /** A value of the schema: its example when it has one, else the simplest of its type. */
    JsonNode valid(String name, JsonNode schema, int depth) {
        JsonNode resolved = document.resolve(schema);
        if (isUuid(resolved)) {
            return JSON.textNode(ids.apply(name));
        }
        if (resolved.has("example") && !resolved.get("example").isNull() && !type(resolved).equals("object")) {
            return resolved.get("example");
        }
        if (resolved.has("enum") && !resolved.get("enum").isEmpty()) {
            return resolved.get("enum").get(0);
        }
        switch (type(resolved)) {
            case "integer", "number":
                return JSON.numberNode(Math.max(1, resolved.path("minimum").asInt(1)));
            case "boolean":
                return JSON.booleanNode(false);
            case "array": {
                ArrayNode array = JSON.arrayNode();
                if (depth < 6) {
                    array.add(valid(name, resolved.path("items"), depth + 1));
                }
                return array;
            }
            case "object": {
                ObjectNode object = JSON.objectNode();
                if (depth < 6) {
                    for (Iterator<Map.Entry<String, JsonNode>> properties = resolved.path("properties").fields(); properties.hasNext(); ) {
                        Map.Entry<String, JsonNode> property = properties.next();
                        object.set(property.getKey(), valid(property.getKey(), property.getValue(), depth + 1));
                    }
                }
                return object;
            }
            default:
                return JSON.textNode(resolved.path("format").asText().equals("date") ? "2026-01-02" : "Hà Nội");
        }
    }

    /** Values of the wrong type (or format) for the schema, each named for the report. */
    List<Map.Entry<String, JsonNode>> wrong(JsonNode schema) {
        JsonNode resolved = document.resolve(schema);
        List<Map.Entry<String, JsonNode>> values = new ArrayList<>();
        String type = type(resolved);
        if (!type.equals("string")) {
            values.add(Map.entry("a string", JSON.textNode("zz")));
        }
        if (!type.equals("integer") && !type.equals("number")) {
            values.add(Map.entry("a number", JSON.numberNode(12345)));
        }
        if (!type.equals("boolean")) {
            values.add(Map.entry("a boolean", JSON.booleanNode(true)));
        }
        if (!type.equals("object")) {
            values.add(Map.entry("an object", JSON.objectNode().put("a", 1)));
        }
        if (!type.equals("array")) {
            values.add(Map.entry("an array", JSON.arrayNode().add(1)));
        }
        switch (resolved.path("format").asText()) {
            case "date" -> {
                values.add(Map.entry("a date as epoch days", JSON.numberNode(20260101)));
                values.add(Map.entry("an impossible date", JSON.textNode("2026-02-30")));
                values.add(Map.entry("a date in the year 57440", JSON.textNode("+57440-04-10")));
            }
            case "uuid" -> values.add(Map.entry("a malformed uuid", JSON.textNode("1-1-1-1-1")));
            default -> { }
        }
        if (type.equals("string")) {
            values.add(Map.entry("a NUL character", JSON.textNode("a\u0000b")));
            values.add(Map.entry("an empty string", JSON.textNode("")));
            values.add(Map.entry("100,000 characters", JSON.textNode("x".repeat(100_000))));
        }
        if (type.equals("integer") || type.equals("number")) {
            values.add(Map.entry("a number out of range", JSON.numberNode(new java.math.BigInteger("9".repeat(30)))));
            values.add(Map.entry("a negative number", JSON.numberNode(-1)));
        }
        return values;
    }

    static boolean isUuid(JsonNode schema) {
        return schema.path("format").asText().equals("uuid");
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (!option.asText().equals("null")) {
                    return option.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }
}
