package vn.partydev.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;

/** An RFC 9457 problem details body ({@code application/problem+json}), with PartyDev's {@code code} and {@code errors}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details: what went wrong, in a stable, machine-readable form")
public record Problem(
        @Schema(description = "Stable URI naming the kind of problem", example = "https://partydev.vn/problems/rule-violation")
        URI type,
        @Schema(description = "Short summary of the kind of problem, in the language asked for by Accept-Language (en, vi)",
                example = "A rule is broken")
        String title,
        @Schema(description = "HTTP status code", example = "422")
        int status,
        @Schema(description = "What exactly is wrong with this request",
                example = "the cell has 7 eligible official members; 5 yes votes are needed, 4 were cast")
        String detail,
        @Schema(description = "Stable code: the rule id for rule violations (e.g. R-VOTE-1), otherwise a constant such as"
                + " VALIDATION_FAILED, NOT_FOUND, STEP_OUT_OF_ORDER", example = "R-VOTE-1")
        String code,
        @Schema(description = "The request path, or an incident URN for internal errors", example = "/api/v1/admission-cases/8c1d.../cell-votes")
        String instance,
        @Schema(description = "For validation failures: one entry per invalid value")
        List<ProblemError> errors) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
