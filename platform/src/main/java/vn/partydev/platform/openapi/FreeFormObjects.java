package vn.partydev.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.Map;

/**
 * A field typed as Jackson's {@code JsonNode} (the feed's {@code FeedEvent.data}) holds any JSON object: the scanner
 * documents it as a reference to {@code JsonNode}'s own getters ({@code nodeType}, {@code array}, …) typed as an
 * array, which a generated client would take literally. Such a field becomes a free-form object with its description
 * and example; the {@code JsonNode} schemas, then unused, are dropped with the other unused ones.
 */
final class FreeFormObjects {

    private static final String JSON_NODE = "#/components/schemas/JsonNode";

    private FreeFormObjects() {
    }

    static void replaceJsonNodes(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        for (Schema schema : components.getSchemas().values()) {
            if (schema.getProperties() == null) {
                continue;
            }
            for (Map.Entry<String, Schema> property : Map.copyOf(schema.getProperties()).entrySet()) {
                if (JSON_NODE.equals(property.getValue().getRef())) {
                    schema.addProperty(property.getKey(), OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                            .additionalPropertiesBoolean(true)
                            .description(property.getValue().getDescription())
                            .examples(property.getValue().getExamples()));
                }
            }
        }
    }
}
