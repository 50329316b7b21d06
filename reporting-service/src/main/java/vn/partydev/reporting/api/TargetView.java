package vn.partydev.reporting.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.reporting.service.TargetService;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A target as stored, with how it fits its parent's and its children's targets. */
@Schema(description = "An admissions target and how it adds up with the parent's and the children's")
public record TargetView(
        @Schema(description = "The organisation", example = "6f1c2a9e-1b7d-4a53-9a43-0d3f5d1c2b11") UUID orgId,
        @Schema(description = "Year or term", example = "2026") String period,
        @Schema(description = "Admissions expected", example = "700") long admissions,
        @Schema(description = "Who set it (token subject)", example = "nguyen.van.a") String setBy,
        @Schema(description = "When it was set", example = "2026-01-05T09:00:00+07:00") OffsetDateTime setAt,
        @Schema(description = "Sum of the children's targets for the same period (null when none is set)", example = "650") Long childrenTotal,
        @Schema(description = "Children without a target for the period", example = "0") int childrenWithoutTarget,
        @Schema(description = "Warnings: the children's targets, or this target and its siblings', do not add up to the parent's")
        List<String> warnings) {

    static TargetView of(TargetService.TargetState state) {
        return new TargetView(state.orgId(), state.period(), state.admissions(), state.setBy(), state.setAt(), state.childrenTotal(),
                state.childrenWithoutTarget(), state.warnings());
    }
}
