package vn.partydev.admission.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The shape of a page of organisations, for the API document (the platform's Page carries it). */
@Schema(name = "OrganisationPage", description = "A page of organisations")
public record OrganisationPage(
        @Schema(description = "The organisations of this page") List<OrganisationView> items,
        @Schema(description = "Cursor of the next page; absent on the last page", example = "eyJwIjoiLzAwMDAwMDAwLTAw...") String nextCursor) {
}
