package vn.partydev.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.partydev.local.PartyDevTopics;
import vn.partydev.local.RunningStack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partydev.system.Api.body;
import static vn.partydev.system.FaultWaits.RECOVERY;
import static vn.partydev.system.FaultWaits.awaitAppliedBy;
import static vn.partydev.system.FaultWaits.awaitMoreWrites;
import static vn.partydev.system.FaultWaits.timed;
import static vn.partydev.system.FaultsStack.ADMISSION;
import static vn.partydev.system.FaultsStack.CANDIDATE;

/**
 * Faults with nothing lost (issue 14): under a steady load of nominations through candidate-service's public API, the
 * broker is restarted, services are killed with SIGKILL and restarted, PostgreSQL is stopped in immediate mode and
 * started again, and poison records are put on every topic; after each, {@link LoadVerdict} checks that nothing was
 * lost or applied twice. Last, admission-service is killed inside a members import's INSERT ({@link InterruptedImport}).
 * One verdict line per scenario. Small by default (one round of each fault); {@code -Dfaults.size=full} repeats each
 * fault three times. The stack is this test's own ({@link FaultsStack}), so no other test sees the faults.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsTest {

    private static final boolean FULL = "full".equals(System.getProperty("faults.size"));
    private static final int ROUNDS = FULL ? 3 : 1;
    private static final int WRITES_BETWEEN_FAULTS = FULL ? 20 : 3;

    private FaultsStack faults;
    private RunningStack stack;
    private final List<String> verdicts = new ArrayList<>();

    @FunctionalInterface
    interface Fault {
        void inject(SteadyLoad load) throws Exception;
    }

    @BeforeAll
    void startTheSystem() throws Exception {
        faults = FaultsStack.start();
        stack = faults.stack();
    }

    @AfterAll
    void stopTheSystem() throws Exception {
        verdicts.forEach(System.out::println);
        Files.write(Path.of("target", "faults-verdicts.txt"), verdicts);
        if (faults != null) {
            // the services' logs are kept in target/faults-logs; the databases and the broker's log go
            faults.close(verdicts.stream().allMatch(verdict -> verdict.startsWith("[faults] PASS")));
        }
    }

    @Test
    @Order(1)
    void theBrokerIsRestartedAndNothingIsLost() throws Exception {
        scenario("broker restarted " + ROUNDS + "x", load -> {
            for (int round = 0; round < ROUNDS; round++) {
                timed("broker restarted", stack::restartBroker);
                awaitMoreWrites(load, WRITES_BETWEEN_FAULTS);
            }
        });
    }

    @Test
    @Order(2)
    void eachProducingServiceIsKilledMidLoadAndRestarted() throws Exception {
        scenario("kill -9 " + (FULL ? "candidate-, training-, admission-service " : "candidate-service ") + ROUNDS + "x each", load -> {
            for (int round = 0; round < ROUNDS; round++) {
                for (String service : FULL ? List.of(CANDIDATE, "training-service", ADMISSION) : List.of(CANDIDATE)) {
                    timed(service + " killed and ready again", () -> stack.killAndRestart(service, line -> { }));
                    awaitMoreWrites(load, WRITES_BETWEEN_FAULTS);
                }
            }
        });
    }

    @Test
    @Order(3)
    void reportingIsKilledWhileItConsumes() throws Exception {
        scenario("kill -9 reporting-service while consuming " + ROUNDS + "x", load -> {
            for (int round = 0; round < ROUNDS; round++) {
                awaitMoreWrites(load, WRITES_BETWEEN_FAULTS);   // events in flight to reporting, its offsets not yet committed
                timed("reporting-service killed and ready again", () -> stack.killAndRestart("reporting-service", line -> { }));
                awaitMoreWrites(load, WRITES_BETWEEN_FAULTS);
            }
        });
    }

    @Test
    @Order(4)
    void postgresqlStopsImmediatelyAndStartsAgain() throws Exception {
        scenario("PostgreSQL stopped immediately " + ROUNDS + "x", load -> {
            for (int round = 0; round < ROUNDS; round++) {
                timed("PostgreSQL stopped and accepting connections again", stack::crashAndRestartPostgres);
                awaitMoreWrites(load, WRITES_BETWEEN_FAULTS);
            }
            // a write the service could not do while its database was down is a retryable answer, never a bare 500
            assertTrue(load.httpErrors().stream().allMatch("HTTP 503 SERVICE_UNAVAILABLE Retry-After"::equals), load.failures());
        });
    }

    @Test
    @Order(5)
    void poisonRecordsLandOnTheDeadLetterTopicsWhileValidRecordsFlow() throws Exception {
        Map<String, Set<String>> poisonByTopic = new LinkedHashMap<>();
        List<UUID> cellsAfterPoison = new ArrayList<>();
        List<UUID> classesAfterPoison = new ArrayList<>();
        String verdict = scenario("poison records on every partition of every topic " + ROUNDS + "x", load -> {
            for (int round = 0; round < ROUNDS; round++) {
                for (String topic : PartyDevTopics.EVENT_TOPICS) {
                    poisonByTopic.computeIfAbsent(topic, t -> new LinkedHashSet<>())
                            .addAll(PoisonRecords.put(stack.kafka().bootstrapServers(), topic));
                }
                // valid records of the other two topics, queued behind the poison
                cellsAfterPoison.add(faults.newCell());
                classesAfterPoison.add(scheduleClass());
                awaitMoreWrites(load, WRITES_BETWEEN_FAULTS);
            }
        });
        int flowed = 0;
        for (UUID cell : cellsAfterPoison) {
            flowed += awaitAppliedBy(stack.postgres(), "admission", cell, "OrganisationRegistered", List.of("candidate", "training", "reporting"));
        }
        for (UUID trainingClass : classesAfterPoison) {
            flowed += awaitAppliedBy(stack.postgres(), "training", trainingClass, "TrainingClassScheduled", List.of("reporting"));
        }
        int deadLettered = 0;
        List<String> missing = new ArrayList<>();
        for (var topic : poisonByTopic.entrySet()) {
            Map<String, Integer> found = PoisonRecords.deadLettered(stack.kafka().bootstrapServers(), topic.getKey(), topic.getValue());
            found.forEach((key, copies) -> {
                if (copies == 0) {
                    missing.add(topic.getKey() + ":" + key);
                }
            });
            deadLettered += found.values().stream().mapToInt(Integer::intValue).sum();
        }
        int poisoned = poisonByTopic.values().stream().mapToInt(Set::size).sum();
        String dlq = ("[faults] %s poison: poison records=%d, on a DLQ=%d, DLQ copies=%d (one per consuming service or inbox that reads the type),"
                + " organisation and class events after the poison applied by their consumers=%d of %d")
                .formatted(missing.isEmpty() ? "PASS" : "FAIL", poisoned, poisoned - missing.size(), deadLettered, flowed,
                        cellsAfterPoison.size() * 3 + classesAfterPoison.size());
        System.out.println(dlq);
        verdicts.add(dlq);
        assertTrue(missing.isEmpty(), "not dead-lettered: " + missing + "; " + verdict);
    }

    @Test
    @Order(6)
    void anImportKilledMidwayEndsFailedAndCompletesWhenUploadedAgain() throws Exception {
        UUID cell = faults.newCell();
        var outcome = new InterruptedImport(stack, faults.admission(faults.committee()), faults.importsDirectory())
                .run(cell, faults.cellCode(), FULL ? 100_000 : 10_000);
        System.out.println(outcome.verdict());
        verdicts.add(outcome.verdict());
        assertTrue(outcome.passed(), outcome.verdict());
    }

    private UUID scheduleClass() {
        Api trainer = faults.as("training-service", "faults-trainer", "trainer", faults.commune());
        return UUID.fromString(trainer.postWhenKnown("/api/v1/classes", body().put("kind", "AWARENESS").put("organiserId", faults.commune().toString())
                .put("title", "Lớp thử lỗi").put("startsOn", Story.CLASS_STARTS.toString()).put("endsOn", Story.CLASS_ENDS.toString())
                .put("capacity", 30).put("plannedSessions", 5).put("checkRequired", true), 201, RECOVERY).path("id").asText());
    }

    /** Runs {@code fault} under load of nominations to a new cell, then checks that nothing was lost or applied twice. */
    private String scenario(String name, Fault fault) throws Exception {
        Instant started = Instant.now();
        UUID cell = faults.newCell();
        String token = faults.mint("faults-cell", "cell", cell);
        SteadyLoad load = SteadyLoad.start(stack.service(CANDIDATE).baseUrl(), token, cell, RECOVERY);
        try (load) {
            awaitMoreWrites(load, WRITES_BETWEEN_FAULTS);
            fault.inject(load);
        }
        return new LoadVerdict(faults, verdicts).check(name, started, cell, token, load);
    }
}
