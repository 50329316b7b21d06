package vn.partydev.candidate.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The shape of a page of candidates, for the API document (the platform's Page carries it). */
@Schema(name = "CandidatePage", description = "A page of candidates")
public record CandidatePage(
        @Schema(description = "The candidates of this page") List<CandidateSummary> items,
        @Schema(description = "Cursor of the next page; absent on the last page", example = "eyJwIjoiLzAwMDAwMDAwLTAw...") String nextCursor) {
}
