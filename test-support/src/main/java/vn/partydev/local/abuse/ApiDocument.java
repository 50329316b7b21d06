package vn.partydev.local.abuse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A service's OpenAPI document (as served at {@code /q/openapi?format=json}), read as the operations it offers. */
public final class ApiDocument {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private final JsonNode root;
    private final List<Operation> operations = new ArrayList<>();

    /** One parameter: where it goes ({@code path}, {@code query}, {@code header}), its name and its schema. */
    public record Parameter(String in, String name, boolean required, JsonNode schema) {
    }

    /**
     * One operation. {@code roles} are the roles its security requirement names; empty with {@code secured} false
     * for a public operation. {@code body} is the JSON schema of its request body, or null.
     */
    public record Operation(String method, String path, List<Parameter> parameters, JsonNode body, String bodyType,
                            boolean secured, Set<String> roles) {

        public boolean mutates() {
            return !method.equals("GET");
        }

        public List<Parameter> in(String place) {
            return parameters.stream().filter(parameter -> parameter.in().equals(place)).toList();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    public ApiDocument(String json) throws IOException {
        root = new ObjectMapper().readTree(json);
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            List<Parameter> shared = parameters(path.getValue().path("parameters"));
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(operation(method, path.getKey(), operation, shared));
                }
            }
        }
    }

    public List<Operation> operations() {
        return operations;
    }

    /** Follows a {@code $ref} to {@code #/components/...}; other nodes are returned as they are. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; current != null && current.has("$ref") && depth < 20; depth++) {
            String ref = current.get("$ref").asText();
            current = root.at(ref.substring(1));
        }
        if (current != null && current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(current.get("allOf").get(0));
        }
        return current == null ? MissingNode.getInstance() : current;
    }

    private Operation operation(String method, String path, JsonNode operation, List<Parameter> shared) {
        List<Parameter> parameters = new ArrayList<>(shared);
        parameters.addAll(parameters(operation.path("parameters")));
        JsonNode body = null;
        String bodyType = null;
        for (Iterator<Map.Entry<String, JsonNode>> content = operation.path("requestBody").path("content").fields(); content.hasNext(); ) {
            Map.Entry<String, JsonNode> type = content.next();
            if (bodyType == null || type.getKey().contains("json")) {
                bodyType = type.getKey();
                body = type.getValue().path("schema");
            }
        }
        JsonNode security = operation.has("security") ? operation.get("security") : root.path("security");
        Set<String> roles = new LinkedHashSet<>();
        boolean secured = false;
        for (JsonNode requirement : security) {
            for (Iterator<Map.Entry<String, JsonNode>> schemes = requirement.fields(); schemes.hasNext(); ) {
                secured = true;
                schemes.next().getValue().forEach(role -> roles.add(role.asText()));
            }
        }
        return new Operation(method.toUpperCase(Locale.ROOT), path, List.copyOf(parameters), body, bodyType, secured, roles);
    }

    private List<Parameter> parameters(JsonNode list) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : list) {
            JsonNode resolved = resolve(parameter);
            parameters.add(new Parameter(resolved.path("in").asText(), resolved.path("name").asText(),
                    resolved.path("required").asBoolean(false), resolve(resolved.path("schema"))));
        }
        return parameters;
    }
}
