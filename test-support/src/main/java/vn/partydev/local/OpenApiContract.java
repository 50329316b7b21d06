package vn.partydev.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules an OpenAPI document of a PartyDev service keeps so that a generated client reads well; {@link #violations()}
 * names every place that breaks one:
 * <ul>
 *   <li>every operation has an {@code operationId} in lower camel case ({@code nominateCandidate}), unique;</li>
 *   <li>no list is untyped: every {@code array} has typed {@code items}, every JSON answer names a schema;</li>
 *   <li>no {@code object} without properties (a record documented as an empty object), unless it is a declared map
 *       ({@code additionalProperties});</li>
 *   <li>every error answer (4xx, 5xx) is an {@code application/problem+json} {@code Problem};</li>
 *   <li>every command with a JSON body has an example of that body;</li>
 *   <li>no field documented as Jackson's {@code JsonNode} getters (a free-form object instead).</li>
 * </ul>
 */
public final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern OPERATION_ID = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Set<String> JACKSON_TREE = Set.of("JsonNode", "JsonNodeType", "ObjectNode", "ArrayNode");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    private final JsonNode document;

    private OpenApiContract(JsonNode document) {
        this.document = document;
    }

    public static OpenApiContract parse(String json) {
        try {
            return new OpenApiContract(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operation ids, in document order. */
    public List<String> operationIds() {
        List<String> ids = new ArrayList<>();
        forEachOperation((where, operation) -> {
            if (operation.hasNonNull("operationId")) {
                ids.add(operation.get("operationId").asText());
            }
        });
        return ids;
    }

    public List<String> violations() {
        List<String> violations = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        forEachOperation((where, operation) -> {
            String id = operation.path("operationId").asText(null);
            if (id == null) {
                violations.add(where + ": no operationId");
            } else if (!OPERATION_ID.matcher(id).matches()) {
                violations.add(where + ": operationId " + id + " is not lower camel case");
            } else if (!ids.add(id)) {
                violations.add(where + ": operationId " + id + " is used twice");
            }
            checkRequestBody(where, operation, violations);
            for (Iterator<Map.Entry<String, JsonNode>> responses = operation.path("responses").fields(); responses.hasNext(); ) {
                Map.Entry<String, JsonNode> response = responses.next();
                checkResponse(where + " " + response.getKey(), response.getKey(), resolve(response.getValue()), violations);
            }
        });
        for (Iterator<Map.Entry<String, JsonNode>> schemas = document.path("components").path("schemas").fields(); schemas.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = schemas.next();
            checkSchema("schema " + schema.getKey(), schema.getValue(), violations);
            if (JACKSON_TREE.contains(schema.getKey())) {
                violations.add("schema " + schema.getKey() + ": Jackson's tree model documented by its getters, not the JSON it holds");
            }
        }
        return violations;
    }

    /** Generates a TypeScript (fetch) client from the document in {@code file}; fails on a document the generator rejects. */
    public static List<File> generateTypeScriptClient(Path file, Path outputDirectory) {
        CodegenConfigurator configurator = new CodegenConfigurator()
                .setInputSpec(file.toAbsolutePath().toString())
                .setGeneratorName("typescript-fetch")
                .setOutputDir(outputDirectory.toAbsolutePath().toString())
                .setValidateSpec(true)
                .addAdditionalProperty("supportsES6", true);
        ClientOptInput input = configurator.toClientOptInput();
        return new DefaultGenerator().opts(input).generate();
    }

    private void checkRequestBody(String where, JsonNode operation, List<String> violations) {
        JsonNode body = resolve(operation.path("requestBody"));
        JsonNode json = body.path("content").path("application/json");
        if (json.isMissingNode()) {
            return;
        }
        JsonNode schema = json.path("schema");
        if (schema.isMissingNode() || schema.isEmpty()) {
            violations.add(where + ": the JSON request body has no schema");
            return;
        }
        boolean hasExample = json.has("example") || json.path("examples").size() > 0;
        if (!hasExample) {
            violations.add(where + ": the JSON request body has no example");
        }
    }

    private void checkResponse(String where, String status, JsonNode response, List<String> violations) {
        boolean error = status.startsWith("4") || status.startsWith("5") || status.equals("default");
        JsonNode content = response.path("content");
        if (error) {
            JsonNode problem = content.path("application/problem+json").path("schema").path("$ref");
            if (!problem.asText("").endsWith("/Problem")) {
                violations.add(where + ": an error answer that is not an application/problem+json Problem");
            }
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> media = content.fields(); media.hasNext(); ) {
            Map.Entry<String, JsonNode> type = media.next();
            if (!type.getKey().contains("json")) {
                continue;
            }
            JsonNode schema = type.getValue().path("schema");
            if (schema.isMissingNode() || schema.isEmpty()) {
                violations.add(where + " " + type.getKey() + ": the answer has no schema");
            } else {
                checkSchema(where + " " + type.getKey(), schema, violations);
            }
        }
    }

    private void checkSchema(String where, JsonNode schema, List<String> violations) {
        if (schema.has("$ref")) {
            return;
        }
        Set<String> types = types(schema);
        if (types.contains("array")) {
            JsonNode items = schema.path("items");
            if (items.isMissingNode() || items.isEmpty()) {
                violations.add(where + ": a list without an item type");
            } else {
                checkSchema(where + "[]", items, violations);
            }
        }
        if (types.contains("object") && !schema.has("properties") && !schema.has("additionalProperties")) {
            violations.add(where + ": an object with no properties");
        }
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            checkSchema(where + "." + property.getKey(), property.getValue(), violations);
        }
        JsonNode additional = schema.path("additionalProperties");
        if (additional.isObject() && !additional.isEmpty()) {
            checkSchema(where + "{}", additional, violations);
        }
        for (String composition : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode part : schema.path(composition)) {
                checkSchema(where, part, violations);
            }
        }
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new HashSet<>();
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        } else {
            type.forEach(t -> types.add(t.asText()));
        }
        return types;
    }

    /** A {@code $ref} to {@code #/components/...} replaced by what it names. */
    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText(null);
        if (ref == null || !ref.startsWith("#/")) {
            return node;
        }
        JsonNode target = document;
        for (String part : ref.substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }

    private void forEachOperation(OperationVisitor visitor) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    visitor.visit(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(), operation);
                }
            }
        }
    }

    private interface OperationVisitor {
        void visit(String where, JsonNode operation);
    }
}
