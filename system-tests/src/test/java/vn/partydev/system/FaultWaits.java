package vn.partydev.system;

import vn.partydev.local.PostgresServer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The bounded waits of {@link FaultsTest}: each gives up after {@link #RECOVERY}. */
final class FaultWaits {

    static final Duration RECOVERY = Duration.ofMinutes(3);

    private FaultWaits() {
    }

    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    /** Runs one fault and prints how long it took (the service or server is back when it returns). */
    static void timed(String what, Step fault) throws Exception {
        Instant started = Instant.now();
        fault.run();
        System.out.println("[faults]   " + what + " in " + Duration.between(started, Instant.now()).toMillis() + " ms");
    }

    /** Waits until the load has had {@code writes} more writes acknowledged: the system takes writes again. */
    static void awaitMoreWrites(SteadyLoad load, int writes) throws InterruptedException {
        int target = load.acknowledged().size() + writes;
        await(() -> load.acknowledged().size() >= target, "acknowledged writes to reach " + target + " (failed so far " + load.failed() + ")");
    }

    static void await(BooleanSupplier done, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(RECOVERY);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail("no " + what + " within " + RECOVERY.toSeconds() + " s");
            }
            Thread.sleep(200);
        }
    }

    /**
     * Waits until the event of {@code type} about {@code subject} in the outbox of {@code producerDatabase} has been
     * applied in each of the {@code consumers}' databases; answers in how many it was.
     */
    static int awaitAppliedBy(PostgresServer postgres, String producerDatabase, UUID subject, String type, List<String> consumers)
            throws Exception {
        Instant deadline = Instant.now().plus(RECOVERY);
        var event = SourceCounts.eventAbout(postgres, producerDatabase, subject, type);
        while (event.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            event = SourceCounts.eventAbout(postgres, producerDatabase, subject, type);
        }
        assertTrue(event.isPresent(), producerDatabase + " wrote no " + type + " about " + subject);
        int applied = 0;
        for (String database : consumers) {
            while (SourceCounts.applications(postgres, database, event.get()) == 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            int applications = SourceCounts.applications(postgres, database, event.get());
            assertTrue(applications > 0, database + " did not apply " + type + " " + event.get() + " put behind the poison");
            applied++;
        }
        return applied;
    }
}
