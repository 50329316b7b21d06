package vn.partydev.training;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;

/** Class dates are ISO-8601 text (20260101 is not the year 57440), and fact dates are not in the future. */
@QuarkusTest
class FactDatesTest {

    @Test
    void aClassEndingOnANumberIsRefused() {
        TrainingWorld.as("trainer", TrainingWorld.NATIONAL_ROOT)
                .body("{\"kind\": \"AWARENESS\", \"organiserId\": \"" + TrainingWorld.NATIONAL_ROOT + "\", \"title\": \"Lớp\","
                        + " \"startsOn\": \"2026-03-02\", \"endsOn\": 20260101, \"capacity\": 10, \"plannedSessions\": 5}")
                .post("/api/v1/classes").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("INVALID_VALUE")).body("errors[0].pointer", equalTo("/endsOn"));
    }

    @Test
    void aCompletionInTheYear57440IsInTheFuture() {
        TrainingWorld.as("trainer", TrainingWorld.NATIONAL_ROOT).body("{\"completedOn\": \"+57440-04-10\"}")
                .post("/api/v1/classes/" + UUID.randomUUID() + "/completion").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].pointer", equalTo("/completedOn"));
    }
}
