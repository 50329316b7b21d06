package vn.partydev.admission.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The shape of a page of admission cases, for the API document (the platform's Page carries it). */
@Schema(name = "AdmissionCasePage", description = "A page of admission cases")
public record AdmissionCasePage(
        @Schema(description = "The cases of this page, by opening date then id") List<AdmissionCaseSummary> items,
        @Schema(description = "Cursor of the next page; absent on the last page", example = "eyJwIjoiLzAwMDAwMDAwLTAw...") String nextCursor) {
}
