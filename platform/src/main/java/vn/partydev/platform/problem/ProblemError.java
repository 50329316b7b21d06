package vn.partydev.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One invalid value: {@code pointer} is an RFC 6901 JSON pointer into the request body; {@code parameter} names a
 * query, path or header parameter instead.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProblemError", description = "One invalid value of the request")
public record ProblemError(
        @Schema(description = "JSON pointer (RFC 6901) to the invalid value in the request body", example = "/person/citizenId")
        String pointer,
        @Schema(description = "Name of the invalid query, path or header parameter", example = "limit")
        String parameter,
        @Schema(description = "What is wrong with the value", example = "must be 12 digits")
        String detail) {

    public static ProblemError atPointer(String pointer, String detail) {
        return new ProblemError(pointer, null, detail);
    }

    public static ProblemError atParameter(String parameter, String detail) {
        return new ProblemError(null, parameter, detail);
    }
}
