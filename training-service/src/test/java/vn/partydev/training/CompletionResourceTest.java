package vn.partydev.training;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partydev.training.TrainingWorld.as;
import static vn.partydev.training.TrainingWorld.attempt;
import static vn.partydev.training.TrainingWorld.attend;
import static vn.partydev.training.TrainingWorld.complete;
import static vn.partydev.training.TrainingWorld.enrol;
import static vn.partydev.training.TrainingWorld.scheduleClass;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.partydev.platform.codes.TrainingKind;

@QuarkusTest
class CompletionResourceTest {

    private static final LocalDate START = LocalDate.of(2026, 2, 2);
    private static final LocalDate END = LocalDate.of(2026, 2, 27);

    @Inject
    AgroalDataSource dataSource;

    private TrainingWorld world;
    private TrainingWorld.Province here;

    @BeforeEach
    void arrange() {
        world = new TrainingWorld(dataSource);
        here = world.newProvince();
    }

    @Test
    void seventyNinePercentAttendanceEarnsNoCertificateAndEightyDoes() throws Exception {
        UUID classId = scheduleClass(here.centre(), TrainingKind.AWARENESS, START, END, 10, 100, false);
        UUID short_ = world.listedCandidate(here.cell());
        UUID enough = world.listedCandidate(here.cell());
        enrol(here.centre(), classId, short_).then().statusCode(201);
        enrol(here.centre(), classId, enough).then().statusCode(201);
        attend(here.centre(), classId, 1, 79, List.of(short_, enough));
        attend(here.centre(), classId, 80, 80, List.of(enough));

        complete(here.centre(), classId, LocalDate.of(2026, 2, 28)).then().statusCode(200)
                .body("certified.personId", contains(enough.toString()))
                .body("certified[0].validUntil", equalTo("2031-02-28"))
                .body("notCertified.personId", contains(short_.toString()))
                .body("notCertified[0].attendedSessions", equalTo(79))
                .body("notCertified[0].reasons.code", contains("R-TRAIN-2"))
                .body("notCertified[0].reasons[0].detail",
                        equalTo("attended 79 of 100 planned sessions (79 %); 80 % is required, that is 80 sessions"));
        assertEquals(0, world.count("SELECT count(*) FROM certificate WHERE person_id = '" + short_ + "'"));
        as("viewer", here.province()).get("/api/v1/classes/{id}/enrolments/{p}", classId, short_)
                .then().statusCode(200).body("outcome", equalTo("NOT_CERTIFIED"));
        as("viewer", here.province()).get("/api/v1/classes/{id}/completion", classId)
                .then().statusCode(200).body("notCertified[0].reasons.code", contains("R-TRAIN-2"));
    }

    @Test
    void failEssayPassThenCertificate() {
        UUID classId = scheduleClass(here.centre(), TrainingKind.AWARENESS, START, END, 10, 5, true);
        UUID trainee = world.listedCandidate(here.cell());
        enrol(here.centre(), classId, trainee).then().statusCode(201);
        attend(here.centre(), classId, 1, 5, List.of(trainee));
        String enrolment = "/api/v1/classes/{id}/enrolments/{p}";

        attempt(here.centre(), classId, trainee, LocalDate.of(2026, 2, 20), false).then().statusCode(201).body("attempt", equalTo(1));
        as("trainer", here.centre()).body(Map.of("submittedOn", "2026-02-22")).post(enrolment + "/essays", classId, trainee)
                .then().statusCode(201).body("afterAttempt", equalTo(1));
        as("trainer", here.centre()).body(Map.of("reviewedOn", "2026-02-23", "accepted", true, "note", "Đạt"))
                .post(enrolment + "/essay-reviews", classId, trainee).then().statusCode(200).body("accepted", equalTo(true));
        attempt(here.centre(), classId, trainee, LocalDate.of(2026, 2, 26), true).then().statusCode(201).body("attempt", equalTo(2));

        as("viewer", here.province()).get(enrolment + "/check-attempts", classId, trainee).then().statusCode(200)
                .body("passed", contains(false, true));
        complete(here.centre(), classId, LocalDate.of(2026, 2, 28)).then().statusCode(200)
                .body("certified.personId", contains(trainee.toString()))
                .body("notCertified", hasSize(0));
    }

    @Test
    void aSecondAttemptWithoutAnAcceptedEssayIsRefused() throws Exception {
        UUID classId = scheduleClass(here.centre(), TrainingKind.AWARENESS, START, END, 10, 5, true);
        UUID trainee = world.listedCandidate(here.cell());
        enrol(here.centre(), classId, trainee).then().statusCode(201);
        attempt(here.centre(), classId, trainee, LocalDate.of(2026, 2, 20), false).then().statusCode(201);

        attempt(here.centre(), classId, trainee, LocalDate.of(2026, 2, 26), true).then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("ESSAY_NOT_ACCEPTED"))
                .body("detail", equalTo("attempt 1 failed on 2026-02-20; an essay (bài thu hoạch) must be submitted and accepted before attempt 2"));
        as("trainer", here.centre()).body(Map.of("submittedOn", "2026-02-22"))
                .post("/api/v1/classes/{id}/enrolments/{p}/essays", classId, trainee).then().statusCode(201);
        attempt(here.centre(), classId, trainee, LocalDate.of(2026, 2, 26), true).then().statusCode(409)
                .body("code", equalTo("ESSAY_NOT_ACCEPTED"));
        assertEquals(1, world.count("SELECT count(*) FROM check_attempt a JOIN enrolment e ON e.id = a.enrolment_id"
                + " WHERE e.person_id = '" + trainee + "'"));
    }

    @Test
    void withoutAPassWhereTheCheckIsRequiredThereIsNoCertificate() {
        UUID classId = scheduleClass(here.centre(), TrainingKind.AWARENESS, START, END, 10, 5, true);
        UUID trainee = world.listedCandidate(here.cell());
        enrol(here.centre(), classId, trainee).then().statusCode(201);
        attend(here.centre(), classId, 1, 5, List.of(trainee));
        attempt(here.centre(), classId, trainee, LocalDate.of(2026, 2, 20), false).then().statusCode(201);
        complete(here.centre(), classId, END).then().statusCode(200)
                .body("certified", hasSize(0))
                .body("notCertified[0].reasons.code", contains("CHECK_NOT_PASSED"));
    }

    @Test
    void certificatesIssuedOnTwentyNinthFebruaryAreValidUntilTheEndOfFebruaryFiveYearsLater() {
        UUID classId = scheduleClass(here.centre(), TrainingKind.AWARENESS, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29), 10, 1, false);
        UUID trainee = world.listedCandidate(here.cell());
        enrol(here.centre(), classId, trainee).then().statusCode(201);
        attend(here.centre(), classId, 1, 1, List.of(trainee));
        complete(here.centre(), classId, LocalDate.of(2024, 2, 29)).then().statusCode(200)
                .body("certified[0].issuedOn", equalTo("2024-02-29"))
                .body("certified[0].validUntil", equalTo("2029-02-28"))
                .body("certified[0].number", equalTo(here.centreCode() + "/2024/000001"));
    }

    @Test
    void numbersAreSequentialPerIssuerAndYear() {
        UUID classId = scheduleClass(here.centre(), TrainingKind.AWARENESS, START, END, 10, 1, false);
        UUID a = world.listedCandidate(here.cell());
        UUID b = world.listedCandidate(here.cell());
        enrol(here.centre(), classId, a).then().statusCode(201);
        enrol(here.centre(), classId, b).then().statusCode(201);
        attend(here.centre(), classId, 1, 1, List.of(a, b));
        List<String> numbers = complete(here.centre(), classId, END).then().statusCode(200).extract().path("certified.number");
        assertEquals(List.of(here.centreCode() + "/2026/000001", here.centreCode() + "/2026/000002"), numbers.stream().sorted().toList());
    }

    @Test
    void aNewMemberTheoryCertificateHasNoExpiry() {
        UUID classId = scheduleClass(here.centre(), TrainingKind.NEW_MEMBER_THEORY, START, END, 10, 1, null);
        UUID member = world.probationaryMember(here.cell());
        enrol(here.centre(), classId, member).then().statusCode(201);
        attend(here.centre(), classId, 1, 1, List.of(member));
        complete(here.centre(), classId, END).then().statusCode(200)
                .body("certified[0].kind", equalTo("NEW_MEMBER_THEORY"))
                .body("certified[0].validUntil", equalTo(null));
    }

    @Test
    void aClassIsCompletedOnceAndNotBeforeItsLastDay() {
        UUID classId = scheduleClass(here.centre(), TrainingKind.AWARENESS, START, END, 10, 1, false);
        complete(here.centre(), classId, END.minusDays(1)).then().statusCode(409).body("code", equalTo("STEP_OUT_OF_ORDER"));
        complete(here.centre(), classId, END).then().statusCode(200);
        complete(here.centre(), classId, END).then().statusCode(409).body("code", equalTo("CLASS_COMPLETED"));
        enrol(here.centre(), classId, world.listedCandidate(here.cell())).then().statusCode(409).body("code", equalTo("CLASS_COMPLETED"));
    }
}
