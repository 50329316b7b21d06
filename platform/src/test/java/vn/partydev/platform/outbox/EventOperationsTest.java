package vn.partydev.platform.outbox;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.partydev.platform.testapp.Assignments;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The outbox and the consumer are observable: Prometheus metrics and a readiness check. */
@QuarkusTest
class EventOperationsTest {

    @Inject
    Assignments assignments;

    @Inject
    OutboxBacklog backlog;

    @Test
    void metricsShowBacklogPublishedConsumedAndLag() {
        assignments.assign(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 8, 3));
        await().atMost(Duration.ofSeconds(30)).until(() -> backlog.measure().events() == 0);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/metrics").then().statusCode(200)
                .body(containsString("partydev_outbox_backlog_events"))
                .body(containsString("partydev_outbox_oldest_age_seconds"))
                .body(containsString("partydev_events_published_total{"))
                .body(containsString("topic=\"partydev.candidate.v1\""))
                .body(containsString("partydev_events_consumed_total{"))
                .body(containsString("consumer=\"test-tally\""))
                .body(containsString("outcome=\"applied\""))
                .body(containsString("partydev_consumer_lag{"))
                .body(containsString("topic=\"partydev.admission.v1\"")));
    }

    @Test
    void readinessIncludesTheOutbox() {
        await().atMost(Duration.ofSeconds(30)).until(() -> backlog.measure().events() == 0);
        given().get("/q/health/ready").then()
                .body("checks.name", hasItem("outbox"))
                .body("checks.find { it.name == 'outbox' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'outbox' }.data.limitSeconds", equalTo(300));
    }
}
