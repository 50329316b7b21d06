package vn.partydev.reporting.bench;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.partydev.local.TestTokens;
import vn.partydev.reporting.service.WorkingCalendarDurations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The live projection at national scale (issue 13), as deployed: the service's own consumer applies what the broker
 * delivers onto the national dataset ({@link NationalDataset}, times {@code -Dbench.scale}), measured by
 * {@link LiveProjectionLoad}; then, as the baseline of the same run, a rebuild of the very events the live phase applied.
 * Run it at 0.01, 0.1 and 1 to see the cost per event stay flat: {@code ./mvnw -B verify -pl reporting-service -am
 * -Dtest=LiveProjectionBenchmark -Dbench.excluded=none -Dbench.scale=0.1 -Dsurefire.failIfNoSpecifiedTests=false}.
 * Results: target/live-bench-results.md.
 */
@QuarkusTest
@TestProfile(LiveBenchProfile.class)
@Tag("bench")
class LiveProjectionBenchmark {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    WorkingCalendarDurations calendarDurations;

    @Test
    void liveProjection() throws Exception {
        List<String> results = new ArrayList<>();
        NationalDataset dataset = new NationalDataset(dataSource, Double.parseDouble(System.getProperty("bench.scale", "0.01")));
        long start = System.nanoTime();
        dataset.generate();
        calendarDurations.bringUpToDate();
        dataset.vacuum();
        results.add("| dataset generated with SQL | " + (System.nanoTime() - start) / 1_000_000 + " ms | " + dataset.describe() + " |");
        System.out.println(results.get(0));

        LiveProjectionLoad load = new LiveProjectionLoad(dataSource, results);
        load.measure();
        double rebuildRate = rebuildRate();
        results.add("");
        results.add("| rebuild of the same events into a fresh generation (start to finish, the baseline) | events/s | " + Math.round(rebuildRate) + " |");
        load.ratiosTo(rebuildRate);
        Path file = Path.of("target", "live-bench-results.md");
        Files.write(file, results);
        System.out.println(String.join("\n", results));
    }

    /** A rebuild of the topics the live phase filled, as an administrator starts it. */
    private static double rebuildRate() {
        String admin = TestTokens.bearer("admin", UUID.fromString(NationalDataset.ROOT));
        String location = given().header("Authorization", admin).post("/api/v1/admin/rebuilds").then().statusCode(202).extract().header("Location");
        Awaitility.await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                !"RUNNING".equals(given().header("Authorization", admin).get(location).then().extract().path("state")));
        var done = given().header("Authorization", admin).get(location).then().statusCode(200).extract();
        assertEquals("SWITCHED", done.path("state"), "failure: " + done.path("failure"));
        return ((Number) done.path("eventsPerSecond")).doubleValue();
    }
}
