package vn.partydev.platform.openapi;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which component schemas the operations use, directly or through other components. */
final class SchemaReferences {

    private SchemaReferences() {
    }

    /** The components a request body uses. */
    static Set<String> sentIn(OpenAPI openAPI) {
        Deque<Schema> roots = new ArrayDeque<>();
        for (Operation operation : operations(openAPI)) {
            if (operation.getRequestBody() != null) {
                add(operation.getRequestBody().getContent(), roots);
            }
        }
        return reachable(roots, openAPI.getComponents());
    }

    /** The components anything of an operation uses (bodies, answers, parameters). */
    static Set<String> usedIn(OpenAPI openAPI) {
        Deque<Schema> roots = new ArrayDeque<>();
        for (Operation operation : operations(openAPI)) {
            if (operation.getRequestBody() != null) {
                add(operation.getRequestBody().getContent(), roots);
            }
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> {
                    if (p.getSchema() != null) {
                        roots.add(p.getSchema());
                    }
                });
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                    add(response.getContent(), roots);
                }
            }
        }
        return reachable(roots, openAPI.getComponents());
    }

    private static List<Operation> operations(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return List.of();
        }
        return openAPI.getPaths().getPathItems().values().stream()
                .flatMap((PathItem path) -> path.getOperations().values().stream()).toList();
    }

    private static void add(Content content, Deque<Schema> roots) {
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType media : content.getMediaTypes().values()) {
                if (media.getSchema() != null) {
                    roots.add(media.getSchema());
                }
            }
        }
    }

    private static Set<String> reachable(Deque<Schema> pending, Components components) {
        Set<String> names = new HashSet<>();
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (names.add(name) && components != null && components.getSchemas() != null
                        && components.getSchemas().get(name) != null) {
                    pending.add(components.getSchemas().get(name));
                }
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            if (schema.getItems() != null) {
                pending.add(schema.getItems());
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                pending.add(schema.getAdditionalPropertiesSchema());
            }
            for (List<Schema> parts : Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
                if (parts != null) {
                    pending.addAll(parts);
                }
            }
        }
        return names;
    }
}
