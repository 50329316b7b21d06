package vn.partydev.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.partydev.training.TrainingWorld.as;
import static vn.partydev.training.TrainingWorld.classBody;
import static vn.partydev.training.TrainingWorld.scheduleClass;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.partydev.platform.codes.TrainingKind;

@QuarkusTest
class TrainingClassResourceTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    @Inject
    AgroalDataSource dataSource;

    private TrainingWorld.Province here;

    @BeforeEach
    void arrange() {
        here = new TrainingWorld(dataSource).newProvince();
    }

    @Test
    void schedulesAClassWithTheRuleSetsDefaultAttendance() {
        var body = classBody(TrainingKind.AWARENESS, here.centre(), MARCH_2, MARCH_2.plusDays(4), 60, 10, null);
        String location = as("organiser", here.province()).body(body).post("/api/v1/classes")
                .then().statusCode(201)
                .header("ETag", notNullValue())
                .body("kind", equalTo("AWARENESS"))
                .body("organiserId", equalTo(here.centre().toString()))
                .body("minimumAttendancePercent", equalTo(80))
                .body("checkRequired", equalTo(true))
                .body("ruleSet", equalTo("294-QD-TW-2025"))
                .body("status", equalTo("SCHEDULED"))
                .extract().header("Location");
        as("viewer", here.province()).get(location).then().statusCode(200).body("title", equalTo("Lớp bồi dưỡng nhận thức về Đảng"));
    }

    @Test
    void aClassEndingBeforeItStartsIsRefusedAndNothingWritten() throws Exception {
        var body = classBody(TrainingKind.AWARENESS, here.centre(), MARCH_2, MARCH_2.minusDays(1), 60, 10, null);
        as("trainer", here.centre()).body(body).post("/api/v1/classes")
                .then().statusCode(400).contentType("application/problem+json");
        org.junit.jupiter.api.Assertions.assertEquals(0, new TrainingWorld(dataSource)
                .count("SELECT count(*) FROM training_class WHERE organiser_id = '" + here.centre() + "'"));
    }

    @Test
    void missingFieldsAreNamed() {
        as("trainer", here.centre()).body(Map.of("kind", "AWARENESS", "organiserId", here.centre()))
                .post("/api/v1/classes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", hasItem("/title"));
    }

    @Test
    void aViewerCannotSchedule() {
        as("viewer", here.province()).body(classBody(TrainingKind.AWARENESS, here.centre(), MARCH_2, MARCH_2, 10, 1, null))
                .post("/api/v1/classes").then().statusCode(403);
    }

    @Test
    void anOrganiserOutsideTheCallersSubtreeIsNotFound() {
        TrainingWorld.Province elsewhere = new TrainingWorld(dataSource).newProvince();
        as("trainer", here.centre()).body(classBody(TrainingKind.AWARENESS, elsewhere.centre(), MARCH_2, MARCH_2, 10, 1, null))
                .post("/api/v1/classes").then().statusCode(404);
    }

    @Test
    void anotherOrganisersClassIsInvisibleAndAbsentFromLists() {
        TrainingWorld.Province elsewhere = new TrainingWorld(dataSource).newProvince();
        UUID theirs = scheduleClass(elsewhere.centre(), TrainingKind.AWARENESS, MARCH_2, MARCH_2, 10, 1, null);
        UUID ours = scheduleClass(here.centre(), TrainingKind.AWARENESS, MARCH_2, MARCH_2, 10, 1, null);

        as("viewer", here.province()).get("/api/v1/classes/{id}", theirs).then().statusCode(404);
        as("viewer", here.province()).get("/api/v1/classes/{id}", ours).then().statusCode(200);
        as("viewer", here.province()).queryParam("limit", 500).get("/api/v1/classes")
                .then().statusCode(200)
                .body("items.id", hasItem(ours.toString()))
                .body("items.id", not(hasItem(theirs.toString())));
    }

    @Test
    void listsFilterByKindDateRangeAndOrganiserSubtreeWithKeysetPages() {
        UUID first = scheduleClass(here.centre(), TrainingKind.AWARENESS, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 3), 10, 3, null);
        UUID second = scheduleClass(here.centre(), TrainingKind.AWARENESS, LocalDate.of(2026, 4, 8), LocalDate.of(2026, 4, 9), 10, 3, null);
        UUID theory = scheduleClass(here.centre(), TrainingKind.NEW_MEMBER_THEORY, LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 6), 10, 3, null);
        UUID communes = scheduleClass(here.commune(), TrainingKind.AWARENESS, LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 2), 10, 3, null);
        UUID may = scheduleClass(here.centre(), TrainingKind.AWARENESS, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 4), 10, 3, null);

        var firstPage = as("viewer", here.province())
                .queryParam("organiserId", here.centre()).queryParam("kind", "AWARENESS")
                .queryParam("from", "2026-04-01").queryParam("to", "2026-04-30").queryParam("limit", 1)
                .get("/api/v1/classes")
                .then().statusCode(200)
                .header("Link", endsWith("rel=\"next\""))
                .body("items.id", contains(first.toString()))
                .extract();
        String cursor = firstPage.path("nextCursor");
        as("viewer", here.province())
                .queryParam("organiserId", here.centre()).queryParam("kind", "AWARENESS")
                .queryParam("from", "2026-04-01").queryParam("to", "2026-04-30").queryParam("limit", 1)
                .queryParam("cursor", cursor)
                .get("/api/v1/classes")
                .then().statusCode(200)
                .body("items.id", contains(second.toString()))
                .body("nextCursor", nullValue());

        as("viewer", here.province()).queryParam("kind", "NEW_MEMBER_THEORY").queryParam("from", "2026-04-01")
                .queryParam("to", "2026-04-30").queryParam("organiserId", here.province())
                .get("/api/v1/classes").then().statusCode(200).body("items.id", contains(theory.toString()));
        as("viewer", here.province()).queryParam("organiserId", here.commune())
                .get("/api/v1/classes").then().statusCode(200).body("items.id", contains(communes.toString()));
        as("viewer", here.province()).queryParam("organiserId", here.centre()).queryParam("from", "2026-05-01")
                .get("/api/v1/classes").then().statusCode(200).body("items.id", contains(may.toString()));
    }

    @Test
    void aBadCursorIsA400() {
        as("viewer", here.province()).queryParam("cursor", "not-a-cursor").get("/api/v1/classes")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstAnswer() {
        String key = UUID.randomUUID().toString();
        var body = classBody(TrainingKind.AWARENESS, here.centre(), MARCH_2, MARCH_2, 10, 1, null);
        String first = as("trainer", here.centre()).header("Idempotency-Key", key).body(body).post("/api/v1/classes")
                .then().statusCode(201).extract().path("id");
        as("trainer", here.centre()).header("Idempotency-Key", key).body(body).post("/api/v1/classes")
                .then().statusCode(201).body("id", equalTo(first));
        as("viewer", here.province()).queryParam("organiserId", here.centre()).get("/api/v1/classes")
                .then().statusCode(200).body("items.id", contains(first));
    }

    @Test
    void withoutATokenTheApiIsClosed() {
        given().get("/api/v1/classes").then().statusCode(401);
    }
}
