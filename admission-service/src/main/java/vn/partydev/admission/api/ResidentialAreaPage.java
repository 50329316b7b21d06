package vn.partydev.admission.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The shape of a page of residential areas, for the API document (the platform's Page carries it). */
@Schema(name = "ResidentialAreaPage", description = "A page of residential areas")
public record ResidentialAreaPage(
        @Schema(description = "The residential areas of this page") List<ResidentialAreaView> items,
        @Schema(description = "Cursor of the next page; absent on the last page", example = "eyJwIjoiLzAwMDAwMDAwLTAw...") String nextCursor) {
}
