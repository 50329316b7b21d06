package vn.partydev.admission.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.admission.domain.WorkQueueItem;

import java.util.List;

/** The shape of a page of the deadlines queue, for the API document (the platform's Page carries it). */
@Schema(name = "DueItemPage", description = "A page of the deadlines queue")
public record DueItemPage(
        @Schema(description = "The items of this page, by due date then case") List<WorkQueueItem> items,
        @Schema(description = "Cursor of the next page; absent on the last page") String nextCursor) {
}
