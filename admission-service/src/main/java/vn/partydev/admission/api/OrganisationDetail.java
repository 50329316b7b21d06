package vn.partydev.admission.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "An organisation with its ancestors (the path you may see), its children and, for a cell, its member counts today")
public record OrganisationDetail(
        @Schema(description = "The organisation") OrganisationView organisation,
        @Schema(description = "Ancestors from the top of your subtree down to the parent") List<OrganisationView> lineage,
        @Schema(description = "Direct children, retired ones included, by code") List<OrganisationView> children,
        @Schema(description = "Members on the roll today (cells only)", example = "12") Integer members,
        @Schema(description = "Official members today (cells only)", example = "9") Integer officialMembers) {
}
