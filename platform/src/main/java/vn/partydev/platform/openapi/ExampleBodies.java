package vn.partydev.platform.openapi;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An example body for every command that has none of its own: composed from the examples its record's fields carry
 * ({@code @Schema(example = ...)}), nested records and lists included, so that Swagger UI and generated clients show
 * one realistic request.
 */
final class ExampleBodies {

    private static final int DEPTH = 6;

    private ExampleBodies() {
    }

    static void addTo(RequestBody body, Components components) {
        if (body.getContent() == null || body.getContent().getMediaTypes() == null) {
            return;
        }
        for (MediaType media : body.getContent().getMediaTypes().values()) {
            boolean hasOne = media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty());
            if (hasOne || media.getSchema() == null) {
                continue;
            }
            Object example = of(media.getSchema(), components, 0);
            if (example instanceof Map<?, ?> fields && !fields.isEmpty()) {
                media.setExample(example);
            }
        }
    }

    private static Object of(Schema schema, Components components, int depth) {
        if (schema == null || depth > DEPTH) {
            return null;
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);   // OpenAPI 3.1: the first of the field's examples
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            return components.getSchemas() == null ? null : of(components.getSchemas().get(name), components, depth + 1);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        if (schema.getAllOf() != null) {
            for (Schema part : schema.getAllOf()) {
                Object example = of(part, components, depth + 1);
                if (example != null) {
                    return example;
                }
            }
        }
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                Object value = of(property.getValue(), components, depth + 1);
                if (value != null) {
                    fields.put(property.getKey(), value);
                }
            }
            return fields.isEmpty() ? null : fields;
        }
        if (schema.getItems() != null) {
            Object item = of(schema.getItems(), components, depth + 1);
            return item == null ? null : List.of(item);
        }
        return null;
    }
}
