package vn.partydev.training;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.partydev.local.PartyDevTestInfrastructure;
import vn.partydev.local.TestTokens;
import vn.partydev.platform.codes.MemberStatus;
import vn.partydev.platform.codes.NominationSource;
import vn.partydev.platform.codes.OrganisationKind;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.platform.events.DomainEvent;
import vn.partydev.platform.events.EventInjector;
import vn.partydev.platform.events.admission.MemberAdmitted;
import vn.partydev.platform.events.admission.OrganisationRegistered;
import vn.partydev.platform.events.candidate.CandidateListed;
import vn.partydev.platform.events.candidate.CandidateRemovedFromList;

/**
 * What the tests arrange through other services' events on the real broker — organisation trees, listed candidates,
 * probationary members — and through this service's API. Every tree is new (random ids), so tests do not interfere.
 */
final class TrainingWorld {

    static final UUID NATIONAL_ROOT = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final String ADMISSION_TOPIC = "partydev.admission.v1";
    static final String CANDIDATE_TOPIC = "partydev.candidate.v1";

    private final AgroalDataSource dataSource;

    TrainingWorld(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A province with a training centre, and a commune holding a cell. */
    record Province(UUID province, UUID centre, String centreCode, UUID commune, UUID cell) {
    }

    Province newProvince() {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        UUID province = UUID.randomUUID();
        UUID centre = UUID.randomUUID();
        UUID commune = UUID.randomUUID();
        UUID cell = UUID.randomUUID();
        String rootPath = "/" + NATIONAL_ROOT + "/";
        String provincePath = rootPath + province + "/";
        String centreCode = "TTCT-" + tag;
        try (EventInjector admission = admission()) {
            admission.send(ADMISSION_TOPIC, organisation(province, NATIONAL_ROOT, OrganisationKind.PROVINCIAL, "T-" + tag, provincePath, true));
            admission.send(ADMISSION_TOPIC, organisation(centre, province, OrganisationKind.GRASSROOTS_COMMITTEE, centreCode,
                    provincePath + centre + "/", false));
            admission.send(ADMISSION_TOPIC, organisation(commune, province, OrganisationKind.COMMUNE, "X-" + tag,
                    provincePath + commune + "/", true));
            admission.send(ADMISSION_TOPIC, organisation(cell, commune, OrganisationKind.CELL, "CB-" + tag,
                    provincePath + commune + "/" + cell + "/", false));
        }
        awaitCount("SELECT count(*) FROM organisation_replica WHERE id IN ('" + province + "','" + centre + "','"
                + commune + "','" + cell + "')", 4);
        return new Province(province, centre, centreCode, commune, cell);
    }

    /** Another commune of the same province, with a cell: {commune, cell}. */
    UUID[] anotherCommune(Province province) {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        UUID commune = UUID.randomUUID();
        UUID cell = UUID.randomUUID();
        String provincePath = "/" + NATIONAL_ROOT + "/" + province.province() + "/";
        try (EventInjector admission = admission()) {
            admission.send(ADMISSION_TOPIC, organisation(commune, province.province(), OrganisationKind.COMMUNE, "X2-" + tag,
                    provincePath + commune + "/", true));
            admission.send(ADMISSION_TOPIC, organisation(cell, commune, OrganisationKind.CELL, "CB2-" + tag,
                    provincePath + commune + "/" + cell + "/", false));
        }
        awaitCount("SELECT count(*) FROM organisation_replica WHERE id IN ('" + commune + "','" + cell + "')", 2);
        return new UUID[]{commune, cell};
    }

    /** A candidate the cell put on its list (from candidate-service). */
    UUID listedCandidate(UUID cell) {
        UUID candidate = UUID.randomUUID();
        send(CANDIDATE_TOPIC, "/partydev/candidate-service", new CandidateListed(candidate, cell, LocalDate.of(2025, 12, 1)));
        awaitCount("SELECT count(*) FROM known_person WHERE listed AND person_id = '" + candidate + "'", 1);
        return candidate;
    }

    void removeFromList(UUID candidate, UUID cell) {
        send(CANDIDATE_TOPIC, "/partydev/candidate-service", new CandidateRemovedFromList(candidate, cell,
                LocalDate.of(2026, 1, 15), CandidateRemovedFromList.RemovalReason.REQUESTED_BY_PERSON));
        awaitCount("SELECT count(*) FROM known_person WHERE NOT listed AND person_id = '" + candidate + "'", 1);
    }

    /** A probationary member admitted at a ceremony (from admission-service). */
    UUID probationaryMember(UUID cell) {
        UUID member = UUID.randomUUID();
        LocalDate ceremony = LocalDate.of(2026, 1, 10);
        send(ADMISSION_TOPIC, "/partydev/admission-service", new MemberAdmitted(member, UUID.randomUUID(), cell, null,
                ceremony.minusDays(20), ceremony, ceremony.plusMonths(12), ceremony.plusMonths(13), NominationSource.YOUTH_UNION, null));
        awaitCount("SELECT count(*) FROM known_person WHERE member_status = 'PROBATIONARY' AND person_id = '" + member + "'", 1);
        return member;
    }

    static String bearer(String role, UUID organisation) {
        return TestTokens.bearer(role, organisation);
    }

    static RequestSpecification as(String role, UUID organisation) {
        return given().header("Authorization", bearer(role, organisation)).contentType(ContentType.JSON);
    }

    static Map<String, Object> classBody(TrainingKind kind, UUID organiser, LocalDate startsOn, LocalDate endsOn,
                                         int capacity, int sessions, Boolean checkRequired) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("organiserId", organiser);
        body.put("title", "Lớp bồi dưỡng nhận thức về Đảng");
        body.put("startsOn", startsOn.toString());
        body.put("endsOn", endsOn.toString());
        body.put("capacity", capacity);
        body.put("plannedSessions", sessions);
        if (checkRequired != null) {
            body.put("checkRequired", checkRequired);
        }
        return body;
    }

    static UUID scheduleClass(UUID organiser, TrainingKind kind, LocalDate startsOn, LocalDate endsOn, int capacity,
                              int sessions, Boolean checkRequired) {
        return UUID.fromString(as("trainer", organiser)
                .body(classBody(kind, organiser, startsOn, endsOn, capacity, sessions, checkRequired))
                .post("/api/v1/classes")
                .then().statusCode(201).extract().path("id"));
    }

    static Response enrol(UUID organiser, UUID classId, UUID person) {
        return as("trainer", organiser).body(Map.of("personId", person, "enrolledOn", "2026-01-20"))
                .post("/api/v1/classes/{id}/enrolments", classId);
    }

    /** Records sessions 1..sessions with the given people present (first recording of each session). */
    static void attend(UUID organiser, UUID classId, int fromSession, int toSession, List<UUID> present) {
        for (int session = fromSession; session <= toSession; session++) {
            as("trainer", organiser).body(Map.of("present", present))
                    .put("/api/v1/classes/{id}/sessions/{n}/attendance", classId, session)
                    .then().statusCode(200);
        }
    }

    static Response complete(UUID organiser, UUID classId, LocalDate on) {
        return as("trainer", organiser).body(Map.of("completedOn", on.toString()))
                .post("/api/v1/classes/{id}/completion", classId);
    }

    static Response attempt(UUID organiser, UUID classId, UUID person, LocalDate on, boolean passed) {
        return as("trainer", organiser)
                .body(Map.of("checkedOn", on.toString(), "council", "Hội đồng kiểm tra", "passed", passed, "score", passed ? 8 : 4))
                .post("/api/v1/classes/{id}/enrolments/{person}/check-attempts", classId, person);
    }

    private static OrganisationRegistered organisation(UUID id, UUID parent, OrganisationKind kind, String code, String path,
                                                       boolean mayDecide) {
        return new OrganisationRegistered(id, parent, kind, code, "Tổ chức " + code, path, mayDecide, null, LocalDate.of(2025, 7, 1));
    }

    private static EventInjector admission() {
        return EventInjector.connect(PartyDevTestInfrastructure.kafkaBootstrapServers(), "/partydev/admission-service");
    }

    private static void send(String topic, String source, DomainEvent event) {
        try (EventInjector injector = EventInjector.connect(PartyDevTestInfrastructure.kafkaBootstrapServers(), source)) {
            injector.send(topic, event);
        }
    }

    private void awaitCount(String sql, int expected) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> count(sql) == expected);
    }

    long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
