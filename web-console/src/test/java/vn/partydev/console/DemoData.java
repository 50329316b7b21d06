package vn.partydev.console;

import com.fasterxml.jackson.databind.JsonNode;
import vn.partydev.local.SigningKeys;
import vn.partydev.local.demo.DemoProvince;
import vn.partydev.local.demo.ProvincePlan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.StreamSupport;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher's demo province (deploy/local, {@code vn.partydev.local.demo}), loaded through the entry point as on a
 * first start: admissions this year and term, cases due and overdue, candidates at every stage — figures that are not
 * zero. Ready once reporting has applied every admission of the current term.
 */
final class DemoData {

    final ProvincePlan plan;
    final String province;
    final int year;
    final String term;
    final PublicApi viewer;

    private DemoData(ProvincePlan plan, String province) {
        this.plan = plan;
        this.province = province;
        this.year = plan.today().getYear();
        int termStart = 2025 + 5 * Math.floorDiv(year - 2026, 5);
        this.term = termStart + "-" + (termStart + 5);
        this.viewer = new PublicApi(RunningStack.token("viewer", province));
    }

    static DemoData load() {
        try {
            Path directory = Files.createTempDirectory("partydev-console-demo-");
            URI entryPoint = URI.create(RunningStack.api()).resolve("/");
            SigningKeys keys = SigningKeys.in(Path.of(System.getProperty(RunningStack.KEYS)));
            assertTrue(DemoProvince.loadOnFirstStart(directory, true, entryPoint, keys, System.out), "the demo province loads");
            LocalDate day = LocalDate.parse(Files.readString(directory.resolve("demo/started")).strip());
            DemoData demo = new DemoData(ProvincePlan.forDay(day), provinceId());
            demo.awaitReporting();
            return demo;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String provinceId() {
        JsonNode provinces = new PublicApi(RunningStack.token("admin", Province.ROOT))
                .get("/organisations?limit=100&parentId=" + Province.ROOT).body().path("items");
        return StreamSupport.stream(provinces.spliterator(), false)
                .filter(organisation -> organisation.path("code").asText().equals(ProvincePlan.provinceCode()))
                .findFirst().orElseThrow(() -> new AssertionError("no demo province among " + provinces)).path("id").asText();
    }

    /** Reporting learns admissions from events: wait until the term's admissions are all counted. */
    private void awaitReporting() {
        int first = Integer.parseInt(term.substring(0, 4)) + 1;
        long admitted = plan.admittedBetween(LocalDate.of(first, 1, 1), LocalDate.of(first + 4, 12, 31));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            PublicApi.Answer answer = viewer.get("/reports/achievement?orgId=" + province + "&period=" + term);
            assertEquals(200, answer.status(), String.valueOf(answer.body()));
            assertEquals(admitted, answer.body().at("/tables/0/rows/0/admitted").asLong(), "admissions of the term counted by reporting");
        });
    }
}
