package vn.partydev.training.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Completion of a class")
public record CompletionRequest(
        @Schema(description = "Completion date, on or after the class's last day; the certificates' issue date",
                example = "2026-03-06")
        @NotNull @PastOrPresent LocalDate completedOn) {
}
