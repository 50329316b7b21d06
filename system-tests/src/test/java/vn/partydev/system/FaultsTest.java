package vn.partydev.system;

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

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static vn.partydev.system.Api.body;

/**
 * Faults with nothing lost (issue 14): under a steady load of nominations through candidate-service's public API, the
 * broker is restarted, services are killed with SIGKILL and restarted, PostgreSQL is stopped in immediate mode and
 * started again, and poison records are put on every topic. After each fault, once the consumers have drained (bounded
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

    private RunningStack stack;
    private TokenMinter minter;
    private UUID committee;
    private final List<String> verdicts = new ArrayList<>();

    @FunctionalInterface
    interface Fault {
        void inject(SteadyLoad load) throws Exception;
    }

    @BeforeAll
    void startTheSystem() throws Exception {
        RunningStack.quietInfrastructureLogs();
        var settings = LocalStackSettings.onFreePorts(java.nio.file.Path.of(System.getProperty("partydev.project.dir", "..")),
                Files.createTempDirectory("partydev-faults-"), Duration.ofMinutes(4));
        stack = RunningStack.start(settings, Map.of("PARTYDEV_CLOCK_FIXED", Story.TODAY_INSTANT), line -> System.out.println("[faults] " + line));
        minter = new TokenMinter(stack.keys());
        Api national = admission(Story.NATIONAL_ROOT);
        UUID province = register(national, Story.NATIONAL_ROOT, "FT", "Tỉnh ủy Thử Lỗi", "PROVINCIAL", false);
        Api provincial = admission(province);
        UUID commune = register(provincial, province, "FT-X", "Đảng bộ xã Thử Lỗi", "COMMUNE", true);
        committee = register(provincial, commune, "FT-X-CT", "Đảng bộ Công ty Thử Lỗi", "GRASSROOTS_COMMITTEE", false);
    }

    @AfterAll
    void stopTheSystem() {
        verdicts.forEach(System.out::println);
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void theBrokerIsRestartedAndNothingIsLost() throws Exception {
        scenario("broker restarted " + ROUNDS + "x", load -> {
            for (int round = 0; round < ROUNDS; round++) {
                stack.restartBroker();
                awaitMoreWrites(load);
            }
        });
    }

    @Test
    @Order(2)
    void eachProducingServiceIsKilledMidLoadAndRestarted() throws Exception {
        scenario("kill -9 candidate-, training-, admission-service " + ROUNDS + "x each", load -> {
            for (int round = 0; round < ROUNDS; round++) {
                for (String service : List.of(CANDIDATE, "training-service", ADMISSION)) {
                    stack.killAndRestart(service, line -> { });
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
                stack.killAndRestart("reporting-service", line -> { });
                awaitMoreWrites(load);
            }
        });
    }

    @Test
    @Order(4)
    void postgresqlStopsImmediatelyAndStartsAgain() throws Exception {
        scenario("PostgreSQL stopped immediately " + ROUNDS + "x", load -> {
            for (int round = 0; round < ROUNDS; round++) {
                stack.crashAndRestartPostgres();
                awaitMoreWrites(load);
            }
        });
    }

    @Test
    @Order(5)
    void poisonRecordsLandOnTheDeadLetterTopicsWhileValidRecordsFlow() throws Exception {
        Map<String, Set<String>> poisonByTopic = new LinkedHashMap<>();
        String dlq = scenario("poison records on every topic", load -> {
            for (int round = 0; round < ROUNDS; round++) {
                for (String topic : PartyDevTopics.EVENT_TOPICS) {
                    poisonByTopic.computeIfAbsent(topic, t -> new java.util.LinkedHashSet<>())
                            .addAll(PoisonRecords.put(stack.kafka().bootstrapServers(), topic));
                }
                awaitMoreWrites(load);
            }
        });
        int deadLettered = 0;
        for (var topic : poisonByTopic.entrySet()) {
            Map<String, Integer> found = PoisonRecords.deadLettered(stack.kafka().bootstrapServers(), topic.getKey(), topic.getValue());
            for (var poison : found.entrySet()) {
                assertTrue(poison.getValue() > 0, poison.getKey() + " is not on " + topic.getKey() + ".dlq: " + found);
                deadLettered += poison.getValue();
            }
        }
        int poisoned = poisonByTopic.values().stream().mapToInt(Set::size).sum();
        verdicts.add(dlq + ", poison records=" + poisoned + ", DLQ'd=" + deadLettered + " (one per consumer that reads the type)");
    }

    /** Runs {@code fault} under load of nominations to a new cell, then checks that nothing was lost or applied twice. */
    private String scenario(String name, Fault fault) throws Exception {
        Instant started = Instant.now();
        UUID cell = newCell();
        String token = minter.mint("faults-cell", "cell", cell.toString(), Duration.ofHours(2));
        List<UUID> acknowledged;
        int failed;
        try (SteadyLoad load = SteadyLoad.start(stack.service(CANDIDATE).baseUrl(), token, cell)) {
            awaitMoreWrites(load);
            fault.inject(load);
            acknowledged = load.acknowledged();
            failed = load.failed();
        }
        SourceCounts counts = drained(cell);
        Api cellApi = new Api(stack.service(CANDIDATE).baseUrl(), token);
        long found = acknowledged.stream().filter(id -> cellApi.exists("/api/v1/candidates/" + id)).count();
        String verdict = "[faults] %s %s: acknowledged=%d (refused or failed while faulty=%d), found=%d, rows=%d, events=%d, published=%d, applied=%s, reported=%d, rows without event=%d, events without row=%d, duplicate events=%d, %d s"
                .formatted(passed(acknowledged.size(), found, counts) ? "PASS" : "FAIL", name, acknowledged.size(), failed, found,
                        counts.rows(), counts.events(), counts.published(), counts.appliedByConsumer(), counts.reported(),
                        counts.rowsWithoutEvent(), counts.eventsWithoutRow(), counts.duplicateEvents(), Duration.between(started, Instant.now()).toSeconds());
        System.out.println(verdict);
        verdicts.add(verdict);
        assertEquals(acknowledged.size(), found, verdict);
        assertEquals(0, counts.rowsWithoutEvent(), verdict);
        assertEquals(0, counts.eventsWithoutRow(), verdict);
        assertEquals(0, counts.duplicateEvents(), verdict);
        assertTrue(counts.drained(), verdict);
        return verdict;
    }

    private static boolean passed(int acknowledged, long found, SourceCounts counts) {
        return found == acknowledged && counts.rowsWithoutEvent() == 0 && counts.eventsWithoutRow() == 0
                && counts.duplicateEvents() == 0 && counts.drained();
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
