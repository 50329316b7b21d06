package vn.partydev.admission.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "Move a member to another cell (chuyển sinh hoạt đảng)")
public record TransferRequest(
        @Schema(description = "The receiving cell", example = "9b1f3c52-7d0a-4a53-9c8e-1f2a3b4c5d6e") @NotNull UUID toCellId,
        @Schema(description = "First day in the receiving cell; not in the future", example = "2026-03-01") @NotNull LocalDate date) {
}
