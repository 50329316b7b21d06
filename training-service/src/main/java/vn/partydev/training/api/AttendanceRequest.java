package vn.partydev.training.api;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who was present at a session")
public record AttendanceRequest(
        @Schema(description = "Person ids of the active trainees present; everyone else was absent",
                example = "[\"8d2f7a3c-1e4b-4c6d-9f0a-2b3c4d5e6f70\"]")
        @NotNull List<@NotNull UUID> present) {
}
