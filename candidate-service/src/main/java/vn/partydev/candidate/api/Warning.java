package vn.partydev.candidate.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something the caller should know although it does not block the request. */
@Schema(description = "A warning: a rule's local practice is not met, the request was still carried out")
public record Warning(
        @Schema(description = "Rule id", example = "R-CAND-2") String code,
        @Schema(description = "What is unusual", example = "member … has been official for 7 months") String detail) {
}
