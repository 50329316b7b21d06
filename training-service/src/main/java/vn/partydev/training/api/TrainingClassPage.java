package vn.partydev.training.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The shape of a page of training classes, for the API document (the platform's Page carries it). */
@Schema(name = "TrainingClassPage", description = "A page of training classes")
public record TrainingClassPage(
        @Schema(description = "The training classes of this page") List<TrainingClassView> items,
        @Schema(description = "Cursor of the next page; absent on the last page", example = "eyJwIjoiLzAwMDAwMDAwLTAw...") String nextCursor) {
}
