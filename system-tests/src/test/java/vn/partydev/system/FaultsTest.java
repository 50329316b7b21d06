package vn.partydev.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.partydev.local.LocalStackSettings;
import vn.partydev.local.PartyDevTopics;
import vn.partydev.local.RunningStack;
import vn.partydev.local.TokenMinter;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static vn.partydev.system.Api.body;

/**
 * Faults with nothing lost (issue 14): under a steady load of nominations through candidate-service's public API, the
 * broker is restarted, services are killed with SIGKILL and restarted, PostgreSQL is stopped in immediate mode and
 * started again, and poison records are put on every topic; last, admission-service is killed inside a members import's
 * INSERT ({@link InterruptedImport}). After each fault of the load, once the consumers have drained (bounded
 * wait), every acknowledged nomination exists, every row has exactly one event and every event its row (candidate's own
 * tables, over JDBC), every consumer applied each event, and reporting counts each person once. One verdict line per
 * scenario. Small by default (one round of each fault); {@code -Dfaults.size=full} repeats each fault three times.
 * The stack is this test's own (free ports, a temporary directory), so no other test sees the faults.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsTest {

    private static final boolean FULL = "full".equals(System.getProperty("faults.size"));
    private static final int ROUNDS = FULL ? 3 : 1;
    private static final int WRITES_BETWEEN_FAULTS = FULL ? 20 : 3;
    private static final Duration RECOVERY = Duration.ofMinutes(3);
    private static final String ADMISSION = "admission-service";
    private static final String CANDIDATE = "candidate-service";

    private Path data;
    private RunningStack stack;
    private TokenMinter minter;
    private UUID commune;
    private UUID committee;
    private final List<String> verdicts = new ArrayList<>();

    @FunctionalInterface
    interface Fault {
        void inject(SteadyLoad load) throws Exception;
    }

    @BeforeAll
    void startTheSystem() throws Exception {
        RunningStack.quietInfrastructureLogs();
        data = Files.createTempDirectory("partydev-faults-");
        var settings = LocalStackSettings.onFreePorts(Path.of(System.getProperty("partydev.project.dir", "..")), data, Duration.ofMinutes(4));
        stack = RunningStack.start(settings, Map.of("PARTYDEV_CLOCK_FIXED", Story.TODAY_INSTANT,
                "PARTYDEV_ADMISSION_IMPORTS_WORK_DIRECTORY", data.resolve("imports").toString()), line -> System.out.println("[faults] " + line));
        minter = new TokenMinter(stack.keys());
        Api national = admission(Story.NATIONAL_ROOT);
        UUID province = register(national, Story.NATIONAL_ROOT, "FT", "Tỉnh ủy Thử Lỗi", "PROVINCIAL", false);
        Api provincial = admission(province);
        commune = register(provincial, province, "FT-X", "Đảng bộ xã Thử Lỗi", "COMMUNE", true);
        committee = register(provincial, commune, "FT-X-CT", "Đảng bộ Công ty Thử Lỗi", "GRASSROOTS_COMMITTEE", false);
    }

    @AfterAll
    void stopTheSystem() throws Exception {
        verdicts.forEach(System.out::println);
        Files.write(Path.of("target", "faults-verdicts.txt"), verdicts);
        if (stack != null) {
            stack.close();
        }
        if (data != null && verdicts.stream().allMatch(verdict -> verdict.startsWith("[faults] PASS"))) {
            // the services' logs are kept in target/faults-logs; the databases and the broker's log go
            Path logs = Files.createDirectories(Path.of("target", "faults-logs"));
            try (var files = Files.list(data.resolve("logs"))) {
                for (Path log : files.toList()) {
                    Files.copy(log, logs.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            try (var files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        } else if (data != null) {
            System.out.println("[faults] the services' logs are in " + data.resolve("logs"));
        }
    }

    @Test
    @Order(1)
    void theBrokerIsRestartedAndNothingIsLost() throws Exception {
        scenario("broker restarted " + ROUNDS + "x", load -> {
            for (int round = 0; round < ROUNDS; round++) {
                timed("broker restarted", stack::restartBroker);
                awaitMoreWrites(load);
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
                    awaitMoreWrites(load);
                }
            }
        });
    }

    @Test
    @Order(3)
    void reportingIsKilledWhileItConsumes() throws Exception {
        scenario("kill -9 reporting-service while consuming " + ROUNDS + "x", load -> {
            for (int round = 0; round < ROUNDS; round++) {
                awaitMoreWrites(load);   // events in flight to reporting, its offsets not yet committed
                timed("reporting-service killed and ready again", () -> stack.killAndRestart("reporting-service", line -> { }));
                awaitMoreWrites(load);
            }
        });
    }

    @Test
    @Order(4)
    void postgresqlStopsImmediatelyAndStartsAgain() throws Exception {
        scenario("PostgreSQL stopped immediately " + ROUNDS + "x", load -> {
            for (int round = 0; round < ROUNDS; round++) {
                timed("PostgreSQL stopped and accepting connections again", stack::crashAndRestartPostgres);
                awaitMoreWrites(load);
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
                cellsAfterPoison.add(newCell());
                classesAfterPoison.add(scheduleClass());
                awaitMoreWrites(load);
            }
        });
        int flowed = 0;
        for (UUID cell : cellsAfterPoison) {
            flowed += awaitAppliedBy("admission", cell, "OrganisationRegistered", List.of("candidate", "training", "reporting"));
        }
        for (UUID trainingClass : classesAfterPoison) {
            flowed += awaitAppliedBy("training", trainingClass, "TrainingClassScheduled", List.of("reporting"));
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
        UUID cell = newCell();
        var outcome = new InterruptedImport(stack, admission(committee), data.resolve("imports"))
                .run(cell, "FT-X-CT-" + cells, FULL ? 100_000 : 10_000);
        System.out.println(outcome.verdict());
        verdicts.add(outcome.verdict());
        assertTrue(outcome.passed(), outcome.verdict());
    }

    /**
     * Waits (bounded) until the event of {@code type} about {@code subject} in the outbox of {@code producerDatabase} has been
     * applied in each of the {@code consumers}' databases; answers in how many it was.
     */
    private int awaitAppliedBy(String producerDatabase, UUID subject, String type, List<String> consumers) throws Exception {
        Instant deadline = Instant.now().plus(RECOVERY);
        var event = SourceCounts.eventAbout(stack.postgres(), producerDatabase, subject, type);
        while (event.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            event = SourceCounts.eventAbout(stack.postgres(), producerDatabase, subject, type);
        }
        assertTrue(event.isPresent(), producerDatabase + " wrote no " + type + " about " + subject);
        int applied = 0;
        for (String database : consumers) {
            while (SourceCounts.applications(stack.postgres(), database, event.get()) == 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            int applications = SourceCounts.applications(stack.postgres(), database, event.get());
            assertTrue(applications > 0, database + " did not apply " + type + " " + event.get() + " put behind the poison");
            applied++;
        }
        return applied;
    }

    private UUID scheduleClass() {
        Api trainer = new Api(stack.service("training-service").baseUrl(),
                minter.mint("faults-trainer", "trainer", commune.toString(), Duration.ofHours(2)));
        return UUID.fromString(trainer.postWhenKnown("/api/v1/classes", body().put("kind", "AWARENESS").put("organiserId", commune.toString())
                .put("title", "Lớp thử lỗi").put("startsOn", Story.CLASS_STARTS.toString()).put("endsOn", Story.CLASS_ENDS.toString())
                .put("capacity", 30).put("plannedSessions", 5).put("checkRequired", true), 201, RECOVERY).path("id").asText());
    }

    /** Runs {@code fault} under load of nominations to a new cell, then checks that nothing was lost or applied twice. */
    private String scenario(String name, Fault fault) throws Exception {
        Instant started = Instant.now();
        UUID cell = newCell();
        String token = minter.mint("faults-cell", "cell", cell.toString(), Duration.ofHours(2));
        SteadyLoad load = SteadyLoad.start(stack.service(CANDIDATE).baseUrl(), token, cell, RECOVERY);
        try (load) {
            awaitMoreWrites(load);
            fault.inject(load);
        }
        // read once the request in flight has been answered: its answer is in the ledger too
        List<UUID> acknowledged = load.acknowledged();
        int failed = load.failed();
        String failures = load.failures();
        SourceCounts counts = drained(cell);
        Api cellApi = new Api(stack.service(CANDIDATE).baseUrl(), token);
        long found = acknowledged.stream().filter(id -> cellApi.exists("/api/v1/candidates/" + id)).count();
        int inReport = reportedNominations(cell, counts.rows());
        // a row the client has no 201 for: a request whose answer was lost (the service killed after its commit)
        int unacknowledged = counts.rows() - acknowledged.size();
        boolean passed = found == acknowledged.size() && unacknowledged >= 0 && unacknowledged <= failed && counts.rowsWithoutEvent() == 0 && counts.eventsWithoutRow() == 0
                && counts.duplicateEvents() == 0 && counts.drained() && inReport == counts.rows();
        String verdict = ("[faults] %s %s: acknowledged=%d, found=%d, rows=%d (without a 201: %d), events=%d, published=%d, applied=%s, known to admission=%d,"
                + " counted by reporting=%d, in the funnel report=%d, rows without event=%d, events without row=%d, duplicate events=%d;"
                + " refused or failed while faulty=%d %s; %d s")
                .formatted(passed ? "PASS" : "FAIL", name, acknowledged.size(), found, counts.rows(), unacknowledged, counts.events(), counts.published(),
                        counts.appliedByConsumer(), counts.known(), counts.reported(), inReport, counts.rowsWithoutEvent(),
                        counts.eventsWithoutRow(), counts.duplicateEvents(), failed, failures, Duration.between(started, Instant.now()).toSeconds());
        System.out.println(verdict);
        verdicts.add(verdict);
        assertEquals(acknowledged.size(), found, verdict);
        assertTrue(unacknowledged >= 0 && unacknowledged <= failed, "rows the client was not answered 201 for, beyond its failed requests: " + verdict);
        assertEquals(0, counts.rowsWithoutEvent(), verdict);
        assertEquals(0, counts.eventsWithoutRow(), verdict);
        assertEquals(0, counts.duplicateEvents(), verdict);
        assertTrue(counts.drained(), verdict);
        assertEquals(counts.rows(), inReport, verdict);
        assertFalse(failures.contains("HTTP 4"), "a valid nomination was refused: " + verdict);
        return verdict;
    }

    /**
     * The people the funnel report counts as nominated in {@code cell} (September 2024, the load's nomination month), read
     * as a viewer reads it, polled (bounded) until it shows {@code expected}; answers the last figure.
     */
    private int reportedNominations(UUID cell, int expected) throws InterruptedException {
        Api viewer = new Api(stack.service("reporting-service").baseUrl(),
                minter.mint("faults-viewer", "viewer", committee.toString(), Duration.ofHours(2)));
        Instant deadline = Instant.now().plus(RECOVERY);
        int nominated = nominatedIn(viewer, cell);
        while (nominated != expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            nominated = nominatedIn(viewer, cell);
        }
        return nominated;
    }

    /** The funnel report's NOMINATED count of {@code cell}, or -1 while reporting does not answer it. */
    private static int nominatedIn(Api viewer, UUID cell) {
        JsonNode report = viewer.getIfOk("/api/v1/reports/funnel?orgId=" + cell + "&from=2024-09-01&to=2024-09-30").orElse(null);
        for (JsonNode table : report == null ? List.<JsonNode>of() : report.path("tables")) {
            for (JsonNode row : table.path("name").asText().equals("stages") ? table.path("rows") : Api.JSON.createArrayNode()) {
                if (row.path("stage").asText().equals("NOMINATED")) {
                    return row.path("count").asInt();
                }
            }
        }
        return -1;
    }

    /** Waits (bounded) until every event is published and applied and reporting counts every row; answers the last counts. */
    private SourceCounts drained(UUID cell) throws Exception {
        Instant deadline = Instant.now().plus(RECOVERY);
        SourceCounts counts = SourceCounts.of(stack.postgres(), cell);
        while (!counts.drained() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            counts = SourceCounts.of(stack.postgres(), cell);
        }
        return counts;
    }

    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    /** Runs one fault and prints how long it took (the service or server is back when it returns). */
    private static void timed(String what, Step fault) throws Exception {
        Instant started = Instant.now();
        fault.run();
        System.out.println("[faults]   " + what + " in " + Duration.between(started, Instant.now()).toMillis() + " ms");
    }

    /** Waits (bounded) until the load has had a few more writes acknowledged: the system takes writes again. */
    private static void awaitMoreWrites(SteadyLoad load) throws InterruptedException {
        int target = load.acknowledged().size() + WRITES_BETWEEN_FAULTS;
        await(() -> load.acknowledged().size() >= target, "acknowledged writes to reach " + target + " (failed so far " + load.failed() + ")");
    }

    private static void await(BooleanSupplier done, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(RECOVERY);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail("no " + what + " within " + RECOVERY.toSeconds() + " s");
            }
            Thread.sleep(200);
        }
    }

    private int cells;

    private UUID newCell() {
        cells++;
        return register(admission(committee), committee, "FT-X-CT-" + cells, "Chi bộ Thử Lỗi " + cells, "CELL", false);
    }

    private Api admission(UUID organisation) {
        return new Api(stack.service(ADMISSION).baseUrl(), minter.mint("faults-organiser", "organiser", organisation.toString(), Duration.ofHours(2)));
    }

    private static UUID register(Api api, UUID parent, String code, String name, String kind, boolean decides) {
        ObjectNode request = body().put("parentId", parent.toString()).put("code", code).put("name", name).put("kind", kind)
                .put("mayDecideAdmission", decides).put("validFrom", Story.FOUNDED.toString());
        if (kind.equals("COMMUNE")) {
            request.put("population", 4000);
        }
        return UUID.fromString(api.post("/api/v1/organisations", request, 201).path("id").asText());
    }
}
