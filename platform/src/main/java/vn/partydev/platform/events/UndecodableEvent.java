package vn.partydev.platform.events;

/** A Kafka record that is not a PartyDev CloudEvent (missing or malformed headers, data of the wrong shape). */
public class UndecodableEvent extends RuntimeException {

    public UndecodableEvent(String message) {
        super(message);
    }

    public UndecodableEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
