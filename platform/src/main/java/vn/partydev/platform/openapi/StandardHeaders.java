package vn.partydev.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/** The request headers (If-Match, Idempotency-Key, Accept-Language) and response headers (ETag, Location, Link). */
final class StandardHeaders {

    private StandardHeaders() {
    }

    static void addParameters(Operation operation, boolean ifMatch, boolean idempotent) {
        addHeader(operation, "Accept-Language", false, "vi for Vietnamese problem texts (title, detail, errors), else English",
                "vi");
        if (ifMatch) {
            addHeader(operation, "If-Match", true, "The ETag of the version read before this change; 428 without it,"
                    + " 412 when the object has changed since", "\"3\"");
        }
        if (idempotent) {
            addHeader(operation, "Idempotency-Key", false, "1–255 visible ASCII characters chosen by the client (e.g. a UUID):"
                    + " a retry with the same key gets the first answer again (Idempotency-Replayed: true) instead of"
                    + " acting twice; the same key with another request is 422 IDEMPOTENCY_KEY_REUSED",
                    "3f0b9a4e-7c1d-4e55-9b0e-6a2d8f1c4b77");
        }
    }

    static void addResponseHeaders(String status, PathItem.HttpMethod method, boolean namesAnObject, APIResponse response,
                                   Components components) {
        boolean created = status.equals("201");
        if (created) {
            addHeader(response, "Location", "The URL of the created object", "uri");
        }
        if (created || (namesAnObject && method != PathItem.HttpMethod.DELETE && !status.equals("204"))) {
            addHeader(response, "ETag", "The version of the object answered; send it back as If-Match to change it", null);
        }
        if (isPage(response, components)) {
            addHeader(response, "Link", "`<url>; rel=\"next\"` when there is a next page (the same as nextCursor)", null);
        }
    }

    private static boolean isPage(APIResponse response, Components components) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return false;
        }
        for (MediaType media : response.getContent().getMediaTypes().values()) {
            Schema schema = media.getSchema();
            if (schema != null && schema.getRef() != null && components.getSchemas() != null) {
                schema = components.getSchemas().get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
            }
            if (schema != null && schema.getProperties() != null && schema.getProperties().containsKey("nextCursor")) {
                return true;
            }
        }
        return false;
    }

    private static void addHeader(Operation operation, String name, boolean required, String description, String example) {
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()))) {
            return;
        }
        operation.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.HEADER).required(required)
                .description(description).example(example)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }

    private static void addHeader(APIResponse response, String name, String description, String format) {
        if (response.getHeaders() != null && response.getHeaders().containsKey(name)) {
            return;
        }
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        if (format != null) {
            schema.setFormat(format);
        }
        Header header = OASFactory.createHeader().description(description).schema(schema);
        response.addHeader(name, header);
    }
}
