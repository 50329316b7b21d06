package vn.partydev.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.jboss.jandex.IndexView;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answers and headers every PartyDev operation has in common, written once instead of on every resource method
 * (a resource keeps only what is particular to it: its summary, its 201, its 409/422 and their meaning):
 * <ul>
 *   <li>the standard errors, each an {@code application/problem+json} {@code Problem}: 400 where the operation takes
 *       parameters or a body, 401 and 403 where it needs a token, 404 where its path names an object, 406 always,
 *       415 where it takes a body, 412 and 428 where it needs {@code If-Match} (PUT, PATCH, DELETE), 500 and 503 always;
 *       and the {@code Problem} schema on any error a resource declared without one;</li>
 *   <li>the header parameters {@code Accept-Language} (every operation), {@code If-Match} (PUT, PATCH, DELETE) and
 *       {@code Idempotency-Key} (methods marked {@code @Idempotent});</li>
 *   <li>the response headers {@code ETag}, {@code Location} (201) and {@code Link} (pages);</li>
 *   <li>{@code required} on the fields of response records that are always present, an example body on every
 *       command built from its fields' examples, and the catalogue of problem codes in the description;</li>
 *   <li>a free-form object for a {@code JsonNode} field (the feed's event data), not Jackson's getters.</li>
 * </ul>
 * Runs at build time on each service's document.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class StandardApiFilter implements OASFilter {

    private static final String SERVICE = "Service";

    private final ApiIndex index;
    private final String applicationName = ConfigProvider.getConfig()
            .getOptionalValue("quarkus.application.name", String.class).orElse("");

    public StandardApiFilter() {
        this.index = ApiIndex.EMPTY;
    }

    /** With the application's index: the {@code @Idempotent} methods and the records behind the schemas. */
    public StandardApiFilter(IndexView index) {
        this.index = ApiIndex.of(index);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        ProblemSchemas.addTo(components);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
                for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().getOperations().entrySet()) {
                    complete(path.getKey(), operation.getKey(), operation.getValue(), components);
                }
            }
        }
        index.markAlwaysPresentFields(components, SchemaReferences.sentIn(openAPI));
        FreeFormObjects.replaceJsonNodes(components);
        // a record annotated @Schema is listed even when no operation uses it (the platform's generic Page): leave it out
        Set<String> used = SchemaReferences.usedIn(openAPI);
        if (components.getSchemas() != null) {
            List.copyOf(components.getSchemas().keySet()).stream().filter(name -> !used.contains(name))
                    .forEach(components::removeSchema);
        }
        ProblemCatalogue.describeIn(openAPI, ConfigProvider.getConfig()
                .getOptionalValue("partydev.openapi.description", String.class).orElse(null));
    }

    /**
     * An operation the platform gives every service ({@code events.EventsResource}) says {@code Service} in its id
     * ({@code readServiceEventFeed}); each document names its own service there ({@code readCandidateEventFeed}), so
     * that operation ids are unique across the four documents.
     */
    static String qualified(String operationId, String applicationName) {
        if (operationId == null || !operationId.contains(SERVICE)) {
            return operationId;
        }
        StringBuilder noun = new StringBuilder();
        for (String part : applicationName.replaceAll("-service$", "").split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                noun.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return operationId.replace(SERVICE, noun.length() == 0 ? SERVICE : noun.toString());
    }

    private void complete(String path, PathItem.HttpMethod method, Operation operation, Components components) {
        operation.setOperationId(qualified(operation.getOperationId(), applicationName));
        boolean ifMatch = Set.of(PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE).contains(method);
        boolean hasBody = operation.getRequestBody() != null;
        boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
        boolean namesAnObject = path.contains("{");
        boolean takesInput = hasBody || (operation.getParameters() != null && !operation.getParameters().isEmpty()) || namesAnObject;

        StandardHeaders.addParameters(operation, ifMatch, index.isIdempotent(method.name(), path));
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        for (Map.Entry<String, APIResponse> answer : responses.getAPIResponses().entrySet()) {
            if (answer.getKey().startsWith("4") || answer.getKey().startsWith("5")) {
                answer.getValue().setContent(ProblemSchemas.content());
            } else if (answer.getKey().startsWith("2")) {
                StandardHeaders.addResponseHeaders(answer.getKey(), method, namesAnObject, answer.getValue(), components);
            }
        }
        addError(responses, "400", takesInput, "The request is not valid: `code` says why (VALIDATION_FAILED with `errors[]`,"
                + " MALFORMED_JSON, INVALID_PARAMETER, ...)");
        addError(responses, "401", secured, "No valid bearer token (UNAUTHENTICATED)");
        addError(responses, "403", secured, "The caller's role may not do this, or its organisation is unknown (FORBIDDEN,"
                + " ORGANISATION_MISSING, ORGANISATION_UNKNOWN)");
        addError(responses, "404", namesAnObject, "No such object in the caller's subtree (NOT_FOUND): objects outside it are"
                + " answered as missing");
        addError(responses, "406", true, "The Accept header asks for a representation this operation does not produce");
        addError(responses, "412", ifMatch, "If-Match does not name the current version (STALE_VERSION): read again, then retry");
        addError(responses, "415", hasBody, "The body is not application/json");
        addError(responses, "428", ifMatch, "If-Match is missing (IF_MATCH_REQUIRED): send the ETag of the version you read");
        addError(responses, "500", true, "Internal error; `instance` names the incident for the operators");
        addError(responses, "503", true, "The service cannot answer right now: its database cannot be reached (SERVICE_UNAVAILABLE);"
                + " send the same request again after `Retry-After` seconds");
        if (hasBody) {
            ExampleBodies.addTo(operation.getRequestBody(), components);
        }
    }

    private static void addError(APIResponses responses, String status, boolean applies, String description) {
        if (applies && !responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(ProblemSchemas.content()));
        }
    }

    static Schema ref(String component) {
        return OASFactory.createSchema().ref("#/components/schemas/" + component);
    }

    static Content json(Schema schema) {
        MediaType media = OASFactory.createMediaType().schema(schema);
        return OASFactory.createContent().addMediaType("application/json", media);
    }
}
