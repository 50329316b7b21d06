package vn.partydev.platform.inbox;

import java.util.List;

/**
 * Applies the events of one polled batch together, in reading order, inside the transaction that records them as
 * processed (events already processed are left out). When a batch fails, the consumer applies its events one by one
 * through the same handler, so a poison event goes to the dead-letter topic alone.
 */
@FunctionalInterface
public interface BatchHandler {

    void handle(List<DeliveredEvent> events);
}
