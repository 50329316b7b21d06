package vn.partydev.local;

import java.util.List;
import java.util.stream.Stream;

/** The event topics of the system, one per producing service, each with its dead-letter topic. */
public final class PartyDevTopics {

    public static final List<String> EVENT_TOPICS = List.of(
            "partydev.candidate.v1", "partydev.training.v1", "partydev.admission.v1");

    public static final int PARTITIONS = 6;

    private PartyDevTopics() {
    }

    /** Every topic the system needs, the dead-letter topics included. */
    public static List<String> all() {
        return EVENT_TOPICS.stream().flatMap(topic -> Stream.of(topic, topic + ".dlq")).toList();
    }
}
