package vn.partydev.admission.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The shape of a page of members on the roll, for the API document (the platform's Page carries it). */
@Schema(name = "MemberPage", description = "A page of members on the roll")
public record MemberPage(
        @Schema(description = "The members on the roll of this page") List<MemberSummary> items,
        @Schema(description = "Cursor of the next page; absent on the last page", example = "eyJwIjoiLzAwMDAwMDAwLTAw...") String nextCursor) {
}
