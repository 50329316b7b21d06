package vn.partydev.training;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.partydev.training.TrainingWorld.as;
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
class AttendanceResourceTest {

    @Inject
    AgroalDataSource dataSource;

    private TrainingWorld.Province here;
    private UUID classId;
    private UUID trainee;

    @BeforeEach
    void arrange() {
        TrainingWorld world = new TrainingWorld(dataSource);
        here = world.newProvince();
        classId = scheduleClass(here.centre(), TrainingKind.AWARENESS, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), 5, 3, null);
        trainee = world.listedCandidate(here.cell());
        enrol(here.centre(), classId, trainee).then().statusCode(201);
    }

    @Test
    void replacingARecordedSessionNeedsItsETag() {
        String path = "/api/v1/classes/{id}/sessions/{n}/attendance";
        String etag = as("trainer", here.centre()).body(Map.of("present", List.of(trainee))).put(path, classId, 1)
                .then().statusCode(200).body("present", contains(trainee.toString())).extract().header("ETag");

        as("trainer", here.centre()).body(Map.of("present", List.of())).put(path, classId, 1).then().statusCode(428);
        as("trainer", here.centre()).header("If-Match", "\"999\"").body(Map.of("present", List.of())).put(path, classId, 1)
                .then().statusCode(412);
        as("trainer", here.centre()).header("If-Match", etag).body(Map.of("present", List.of())).put(path, classId, 1)
                .then().statusCode(200).body("present.size()", equalTo(0));
        as("viewer", here.province()).get(path, classId, 1).then().statusCode(200)
                .body("recorded", equalTo(true)).body("present.size()", equalTo(0));
    }

    @Test
    void aSessionBeyondThePlannedOnesIsNotFound() {
        as("trainer", here.centre()).body(Map.of("present", List.of(trainee)))
                .put("/api/v1/classes/{id}/sessions/{n}/attendance", classId, 4).then().statusCode(404);
        as("trainer", here.centre()).body(Map.of("present", List.of(trainee)))
                .put("/api/v1/classes/{id}/sessions/{n}/attendance", classId, 0).then().statusCode(404);
    }

    @Test
    void onlyActiveTraineesCanBePresent() {
        as("trainer", here.centre()).body(Map.of("present", List.of(trainee, UUID.randomUUID())))
                .put("/api/v1/classes/{id}/sessions/{n}/attendance", classId, 2)
                .then().statusCode(400).body("code", equalTo("NOT_ENROLLED"));
        as("viewer", here.province()).get("/api/v1/classes/{id}/sessions/{n}/attendance", classId, 2)
                .then().statusCode(200).body("recorded", equalTo(false));
    }
}
