package vn.partydev.reporting.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The admissions target (chỉ tiêu kết nạp) an organisation is assigned by its parent. */
@Schema(description = "An admissions target")
public record TargetRequest(
        @Schema(description = "Admissions expected in the year or term", example = "700")
        @NotNull @Min(0) @Max(10_000_000) Integer admissions) {
}
