package vn.partydev.platform.events;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A past-tense fact a service publishes on its topic. Implemented by one record per event type, in the
 * package of the producing service ({@code vn.partydev.platform.events.<service>}): the CloudEvents type is
 * {@code vn.partydev.<service>.<RecordName>.v1}. Events carry ids, dates and demographic codes only —
 * never names, citizen ids, addresses or free text, never a date of birth.
 */
public interface DomainEvent {

    /**
     * The CloudEvents subject and the Kafka key: the person (candidate or member) id, so that one person's
     * events stay in order; for events not about a person, the id of what they are about (class, organisation).
     */
    String subject();

    /**
     * The organisations (tổ chức đảng) this fact concerns, among the ids it carries: the cell of a candidate or a
     * member, both cells of a transfer, the organisation registered, the organiser of a class. The outbox stores their
     * paths with the event, and the HTTP feed answers a caller only the events of its subtree. Empty when the event
     * names no organisation: its publisher then passes the path it knows (the candidate's cell of a helper assignment,
     * the class of an enrolment), or, for facts of the whole country (the working calendar), only the national feed
     * reads it. Not part of the event's data.
     */
    List<UUID> organisations();

    /** The given organisation ids without the absent ones, for {@link #organisations()}. */
    static List<UUID> concerning(UUID... organisationIds) {
        return Arrays.stream(organisationIds).filter(Objects::nonNull).toList();
    }
}
