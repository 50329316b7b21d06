package vn.partydev.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import vn.partydev.platform.problem.ProblemResponses;

import java.util.List;

/** The {@code Problem} and {@code ProblemError} schemas (see {@code problem.Problem}), present in every document. */
final class ProblemSchemas {

    private ProblemSchemas() {
    }

    static Content content() {
        return OASFactory.createContent().addMediaType(ProblemResponses.MEDIA_TYPE,
                OASFactory.createMediaType().schema(StandardApiFilter.ref("Problem")));
    }

    static void addTo(Components components) {
        if (components.getSchemas() == null || !components.getSchemas().containsKey("ProblemError")) {
            components.addSchema("ProblemError", OASFactory.createSchema()
                    .addType(Schema.SchemaType.OBJECT)
                    .description("One invalid value of the request: `pointer` for the body, `parameter` for a query, path or header parameter")
                    .addProperty("pointer", text("JSON pointer (RFC 6901) to the invalid value in the request body", "/person/citizenId"))
                    .addProperty("parameter", text("Name of the invalid query, path or header parameter", "limit"))
                    .addProperty("detail", text("What is wrong with the value, in the language asked for", "must be 12 digits"))
                    .required(List.of("detail")));
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey("Problem")) {
            components.addSchema("Problem", OASFactory.createSchema()
                    .addType(Schema.SchemaType.OBJECT)
                    .description("RFC 9457 problem details: what went wrong, in a stable, machine-readable form. `code` is"
                            + " stable (the rule id for a broken rule); `title`, `detail` and `errors[].detail` are in the"
                            + " language asked for by Accept-Language (vi or en; Content-Language says which).")
                    .addProperty("type", text("Stable URI naming the kind of problem", "https://partydev.vn/problems/rule-violation")
                            .format("uri"))
                    .addProperty("title", text("Short summary of the kind of problem", "Vi phạm quy định"))
                    .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                            .description("HTTP status code").example(422))
                    .addProperty("detail", text("What exactly is wrong with this request",
                            "chi bộ có 7 đảng viên chính thức có quyền biểu quyết; cần ít nhất 5 phiếu tán thành, có 4 phiếu"))
                    .addProperty("code", text("Stable code: the rule id for rule violations (e.g. R-VOTE-1), otherwise a constant"
                            + " such as VALIDATION_FAILED, NOT_FOUND, STEP_OUT_OF_ORDER; see the catalogue in the description", "R-VOTE-1"))
                    .addProperty("instance", text("The request path, or an incident URN for internal errors",
                            "/api/v1/admission-cases/8c1d5e2a-4f7b-4c1e-9a51-2f0f3c8d9e10/cell-votes"))
                    .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                            .description("For validation failures: one entry per invalid value")
                            .items(StandardApiFilter.ref("ProblemError")))
                    .required(List.of("type", "title", "status", "code")));
        }
    }

    private static Schema text(String description, String example) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description).example(example);
    }
}
