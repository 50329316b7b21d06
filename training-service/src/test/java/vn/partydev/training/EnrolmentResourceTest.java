package vn.partydev.training;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partydev.training.TrainingWorld.as;
import static vn.partydev.training.TrainingWorld.enrol;
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
class EnrolmentResourceTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);

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
    void aListedCandidateIsEnrolledInAnAwarenessClass() {
        UUID classId = scheduleClass(here.centre(), TrainingKind.AWARENESS, START, START.plusDays(4), 2, 5, null);
        UUID candidate = world.listedCandidate(here.cell());
        enrol(here.centre(), classId, candidate).then().statusCode(201)
                .header("Location", containsString("/api/v1/classes/" + classId + "/enrolments/" + candidate))
                .body("traineeKind", equalTo("CANDIDATE"))
                .body("cellId", equalTo(here.cell().toString()))
                .body("checkState", equalTo("NOT_EXAMINED"));
    }

    @Test
    void aFullClassRefusesTheNextTraineeWithRTrain1() throws Exception {
        UUID classId = scheduleClass(here.centre(), TrainingKind.AWARENESS, START, START.plusDays(4), 2, 5, null);
        enrol(here.centre(), classId, world.listedCandidate(here.cell())).then().statusCode(201);
        enrol(here.centre(), classId, world.listedCandidate(here.cell())).then().statusCode(201);
        UUID third = world.listedCandidate(here.cell());
        enrol(here.centre(), classId, third).then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("R-TRAIN-1"))
                .body("detail", equalTo("the class is full: its capacity is 2 and 2 trainees are enrolled"));
        assertEquals(2, world.count("SELECT count(*) FROM enrolment WHERE class_id = '" + classId + "'"));
    }

    @Test
    void inVietnameseTheFullClassAndAMissingFieldAreSaidInVietnamese() {
        UUID classId = scheduleClass(here.centre(), TrainingKind.AWARENESS, START, START.plusDays(4), 1, 5, null);
        enrol(here.centre(), classId, world.listedCandidate(here.cell())).then().statusCode(201);
        as("trainer", here.centre()).header("Accept-Language", "vi")
                .body(Map.of("personId", world.listedCandidate(here.cell()), "enrolledOn", "2026-01-20"))
                .post("/api/v1/classes/{id}/enrolments", classId)
                .then().statusCode(422).header("Content-Language", "vi")
                .body("code", equalTo("R-TRAIN-1"))
                .body("title", equalTo("Vi phạm quy định"))
                .body("detail", equalTo("lớp đã đủ sĩ số: sĩ số 1, đã có 1 học viên ghi danh"));
        as("trainer", here.centre()).header("Accept-Language", "vi-VN,vi;q=0.9")
                .body(Map.of("enrolledOn", "2026-01-20"))
                .post("/api/v1/classes/{id}/enrolments", classId)
                .then().statusCode(400).header("Content-Language", "vi")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("title", equalTo("Yêu cầu không hợp lệ"))
                .body("errors[0].pointer", equalTo("/personId"))
                .body("errors[0].detail", equalTo("không được để trống (null)"));
        // English otherwise
        as("trainer", here.centre()).body(Map.of("enrolledOn", "2026-01-20"))
                .post("/api/v1/classes/{id}/enrolments", classId)
                .then().statusCode(400).header("Content-Language", "en")
                .body("errors[0].detail", equalTo("must not be null"));
    }

    @Test
    void aWithdrawalFreesAPlace() {
        UUID classId = scheduleClass(here.centre(), TrainingKind.AWARENESS, START, START.plusDays(4), 1, 5, null);
        UUID first = world.listedCandidate(here.cell());
        enrol(here.centre(), classId, first).then().statusCode(201);
        as("trainer", here.centre()).body(Map.of("withdrawnOn", "2026-03-03", "reason", "Chuyển công tác"))
                .post("/api/v1/classes/{id}/enrolments/{person}/withdrawal", classId, first)
                .then().statusCode(200).body("withdrawnOn", equalTo("2026-03-03"));
        enrol(here.centre(), classId, world.listedCandidate(here.cell())).then().statusCode(201);
    }

    @Test
    void aPersonIsEnrolledAtMostOncePerClass() throws Exception {
        UUID classId = scheduleClass(here.centre(), TrainingKind.AWARENESS, START, START.plusDays(4), 5, 5, null);
        UUID candidate = world.listedCandidate(here.cell());
        enrol(here.centre(), classId, candidate).then().statusCode(201);
        enrol(here.centre(), classId, candidate).then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("DUPLICATE"));
        assertEquals(1, world.count("SELECT count(*) FROM enrolment WHERE class_id = '" + classId + "'"));
    }

    @Test
    void aCandidateRemovedFromTheListIsNotEligible() {
        UUID classId = scheduleClass(here.centre(), TrainingKind.AWARENESS, START, START.plusDays(4), 5, 5, null);
        UUID candidate = world.listedCandidate(here.cell());
        world.removeFromList(candidate, here.cell());
        enrol(here.centre(), classId, candidate).then().statusCode(422)
                .body("code", equalTo("TRAINEE_NOT_ELIGIBLE"))
                .body("detail", containsString("left the cell's list on 2026-01-15"));
    }

    @Test
    void anUnknownPersonIsNotEligible() {
        UUID classId = scheduleClass(here.centre(), TrainingKind.AWARENESS, START, START.plusDays(4), 5, 5, null);
        enrol(here.centre(), classId, UUID.randomUUID()).then().statusCode(422).body("code", equalTo("TRAINEE_NOT_ELIGIBLE"));
    }

    @Test
    void theKindOfClassMustMatchTheTrainee() {
        UUID awareness = scheduleClass(here.centre(), TrainingKind.AWARENESS, START, START.plusDays(4), 5, 5, null);
        UUID theory = scheduleClass(here.centre(), TrainingKind.NEW_MEMBER_THEORY, START, START.plusDays(4), 5, 5, null);
        UUID member = world.probationaryMember(here.cell());
        UUID candidate = world.listedCandidate(here.cell());

        enrol(here.centre(), awareness, member).then().statusCode(422)
                .body("code", equalTo("TRAINEE_NOT_ELIGIBLE")).body("detail", containsString("is a probationary member"));
        enrol(here.centre(), theory, candidate).then().statusCode(422)
                .body("code", equalTo("TRAINEE_NOT_ELIGIBLE")).body("detail", containsString("is a listed candidate"));
        enrol(here.centre(), theory, member).then().statusCode(201).body("traineeKind", equalTo("PROBATIONARY_MEMBER"));
    }

    @Test
    void anotherProvinceCannotEnrolInOurClass() {
        UUID classId = scheduleClass(here.centre(), TrainingKind.AWARENESS, START, START.plusDays(4), 5, 5, null);
        TrainingWorld.Province elsewhere = world.newProvince();
        enrol(elsewhere.centre(), classId, world.listedCandidate(here.cell())).then().statusCode(404);
    }

    /**
     * A commune's class serves the commune: a candidate listed in another commune answers exactly like an unknown
     * person (same status, code and detail but the id), and nothing is enrolled; the province's training centre may.
     */
    @Test
    void aCommuneTrainerCannotEnrolACandidateOfAnotherCommuneTheProvincialCentreCan() throws Exception {
        UUID[] communeB = world.anotherCommune(here);
        UUID candidateOfB = world.listedCandidate(communeB[1]);
        UUID communeClass = scheduleClass(here.commune(), TrainingKind.AWARENESS, START, START.plusDays(4), 5, 5, null);
        UUID unknownPerson = UUID.randomUUID();
        var unknown = enrol(here.commune(), communeClass, unknownPerson).then().statusCode(422).extract();
        var elsewhere = enrol(here.commune(), communeClass, candidateOfB).then().statusCode(422).extract();
        assertEquals(unknown.jsonPath().getString("code"), elsewhere.jsonPath().getString("code"));
        assertEquals(unknown.jsonPath().getString("detail").replace(unknownPerson.toString(), "<id>"),
                elsewhere.jsonPath().getString("detail").replace(candidateOfB.toString(), "<id>"));
        assertEquals(0, world.count("SELECT count(*) FROM enrolment WHERE class_id = '" + communeClass + "'"));

        UUID centreClass = scheduleClass(here.centre(), TrainingKind.AWARENESS, START, START.plusDays(4), 5, 5, null);
        enrol(here.centre(), centreClass, candidateOfB).then().statusCode(201).body("cellId", equalTo(communeB[1].toString()));
    }

    @Test
    void theRosterListsEveryEnrolment() {
        UUID classId = scheduleClass(here.centre(), TrainingKind.AWARENESS, START, START.plusDays(4), 5, 5, null);
        enrol(here.centre(), classId, world.listedCandidate(here.cell())).then().statusCode(201);
        enrol(here.centre(), classId, world.listedCandidate(here.cell())).then().statusCode(201);
        as("viewer", here.province()).get("/api/v1/classes/{id}/enrolments", classId)
                .then().statusCode(200).body("size()", equalTo(2));
    }
}
