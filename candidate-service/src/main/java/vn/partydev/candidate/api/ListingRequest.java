package vn.partydev.candidate.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The cell's resolution putting the person on its list. */
@Schema(description = "The cell resolution putting the candidate on the list (danh sách cảm tình Đảng)")
public record ListingRequest(
        @NotNull @PastOrPresent
        @Schema(description = "Date of the cell resolution, not before the nomination", example = "2025-10-01")
        java.time.LocalDate resolutionDate) {
}
