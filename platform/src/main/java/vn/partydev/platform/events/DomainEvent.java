package vn.partydev.platform.events;

/**
 * A past-tense fact a service publishes on its topic. Implemented by one record per event type, in the
 * package of the producing service ({@code vn.partydev.platform.events.<service>}): the CloudEvents type is
 * {@code vn.partydev.<service>.<RecordName>.v1}. Events carry ids, dates and demographic codes only —
 * never names, citizen ids, addresses or free text.
 */
public interface DomainEvent {

    /**
     * The CloudEvents subject and the Kafka key: the person (candidate or member) id, so that one person's
     * events stay in order; for events not about a person, the id of what they are about (class, organisation).
     */
    String subject();
}
