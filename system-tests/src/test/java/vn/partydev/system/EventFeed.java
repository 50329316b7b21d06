package vn.partydev.system;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** A service's HTTP event feed ({@code GET /api/v1/events}, role feed) read from the start, page by page. */
final class EventFeed {

    private final List<JsonNode> events;

    private EventFeed(List<JsonNode> events) {
        this.events = events;
    }

    static EventFeed readAll(Api feed) {
        List<JsonNode> events = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonNode page = feed.get("/api/v1/events?after=" + after + "&limit=1000");
            page.path("events").forEach(events::add);
            long next = page.path("nextPosition").asLong();
            if (page.path("events").isEmpty() || next == after) {
                return new EventFeed(events);
            }
            after = next;
        }
    }

    int size() {
        return events.size();
    }

    /** The event names (CandidateNominated, …) about {@code subject}, in feed order. */
    List<String> typesAbout(Object subject) {
        return events.stream().filter(event -> event.path("subject").asText().equals(subject.toString()))
                .map(event -> name(event.path("type").asText())).toList();
    }

    /** vn.partydev.candidate.CandidateNominated.v1 → CandidateNominated */
    private static String name(String type) {
        String withoutVersion = type.substring(0, type.lastIndexOf('.'));
        return withoutVersion.substring(withoutVersion.lastIndexOf('.') + 1);
    }
}
