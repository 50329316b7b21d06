package vn.partydev.platform.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of the event feed and where the next one starts. */
@Schema(description = "Archived events in publication order, and the position to ask for next")
public record FeedPage(
        @Schema(description = "The events after the requested position, oldest first; empty when there is nothing new")
        List<FeedEvent> events,
        @Schema(description = "Pass as `after` to get the following events (equal to the requested `after` when the page is empty)",
                example = "1250") long nextPosition) {
}
