package vn.partydev.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partydev.system.Api.body;
import static vn.partydev.system.ReportFigures.row;
import static vn.partydev.system.Story.*;

/**
 * The full story, end to end, through the public HTTP APIs of the four services running as separate processes: a
 * province's tree with residential areas, members imported by CSV, candidates nominated by the Youth Union and the Trade
 * Union, their list, helpers and trial tasks, an awareness class with a failed check, an essay and a retake, cases
 * through every step (a cell vote failing two thirds, then passing; a committee rejection), decisions and ceremonies,
 * probation with its theory class, one recognition and one strike-off, and a case left undecided. The steps run in
 * order and share {@link Story}; the last steps check each feed and every report against figures worked out by hand.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FullStoryTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String ADMISSION = "admission-service";
    static final String CANDIDATE = "candidate-service";
    static final String TRAINING = "training-service";
    static final String REPORTING = "reporting-service";

    private SystemUnderTest system;
    private final Story story = new Story();

    @BeforeAll
    void startTheSystem() throws Exception {
        system = SystemUnderTest.get();
    }

    @Test
    @Order(1)
    void aProvinceRegistersItsTreeAndResidentialAreas() {
        Api national = system.as(ADMISSION, "organiser", NATIONAL_ROOT);
        UUID province = register(national, NATIONAL_ROOT, "ST-HY", "Tỉnh ủy Hưng Yên", "PROVINCIAL", false, null);
        Api provincial = system.as(ADMISSION, "organiser", province);
        UUID commune = register(provincial, province, "ST-HY-TL", "Đảng bộ xã Tân Lập", "COMMUNE", true, 4000);
        UUID committee = register(provincial, commune, "ST-HY-TL-MAY", "Đảng bộ Công ty Cổ phần May Tân Lập", "GRASSROOTS_COMMITTEE", false, null);
        register(provincial, committee, "ST-HY-TL-PX1", "Chi bộ Phân xưởng Cắt", "CELL", false, null);
        register(provincial, committee, "ST-HY-TL-PX2", "Chi bộ Phân xưởng Hoàn thiện", "CELL", false, null);

        story.areas.put("Thôn Đông", area(provincial, commune, "THON", "Thôn Đông", false, story.org("ST-HY-TL-PX1"), 1500));
        story.areas.put("Thôn Tây", area(provincial, commune, "THON", "Thôn Tây", false, story.org("ST-HY-TL-PX2"), 1200));
        story.areas.put("Bản Suối Cỏ", area(provincial, commune, "BAN", "Bản Suối Cỏ", true, null, 300));

        JsonNode cell = provincial.get("/api/v1/organisations/" + story.org("ST-HY-TL-PX1"));
        assertEquals("CELL", cell.path("organisation").path("kind").asText(), cell.toString());
    }

    @Test
    @Order(2)
    void theMembersAreImportedFromACsvFileAndTwoAreRegisteredOneByOne() {
        Api provincial = system.as(ADMISSION, "organiser", story.org("ST-HY"));
        String csv = """
                so_cccd,ho_ten,ngay_sinh,gioi_tinh,dan_toc,ton_giao,trinh_do_pho_thong,trinh_do_chuyen_mon,nghe_nghiep,ma_chi_bo,trang_thai,ngay_vao_dang,ngay_chinh_thuc,doan_vien,cong_doan_vien
                033070000001,Nguyễn Văn Hùng,1970-03-12,Nam,01,NONE,UPPER_SECONDARY,UNIVERSITY,PRIVATE_ENTERPRISE_WORKER,ST-HY-TL-PX1,Chính thức,2010-05-19,2011-05-19,không,có
                033175000002,Trần Thị Lan,1975-07-02,Nữ,01,BUDDHISM,UPPER_SECONDARY,COLLEGE,PRIVATE_ENTERPRISE_WORKER,ST-HY-TL-PX1,Chính thức,2011-02-03,2012-02-03,không,có
                033078000003,Lê Văn Minh,1978-11-20,Nam,01,NONE,UPPER_SECONDARY,INTERMEDIATE,PRIVATE_ENTERPRISE_WORKER,ST-HY-TL-PX1,Chính thức,2012-09-02,2013-09-02,không,có
                033180000004,Phạm Thị Hoa,1980-01-15,Nữ,02,NONE,UPPER_SECONDARY,UNIVERSITY,PRIVATE_ENTERPRISE_WORKER,ST-HY-TL-PX1,Chính thức,2013-03-26,2014-03-26,không,có
                033082000005,Vũ Đức Thắng,1982-06-30,Nam,01,CATHOLICISM,LOWER_SECONDARY,ELEMENTARY,PRIVATE_ENTERPRISE_WORKER,ST-HY-TL-PX1,Chính thức,2014-05-19,2015-05-19,không,có
                033185000006,Đỗ Thị Mai,1985-09-09,Nữ,01,NONE,UPPER_SECONDARY,UNIVERSITY,PRIVATE_ENTERPRISE_WORKER,ST-HY-TL-PX1,Chính thức,2015-02-03,2016-02-03,không,có
                033072000007,Hoàng Văn Sơn,1972-04-04,Nam,01,NONE,UPPER_SECONDARY,COLLEGE,PRIVATE_ENTERPRISE_WORKER,ST-HY-TL-PX2,Chính thức,2012-12-22,2013-12-22,không,có
                033198000008,Bùi Thị Ngọc,1998-08-08,Nữ,01,NONE,UPPER_SECONDARY,UNIVERSITY,PRIVATE_ENTERPRISE_WORKER,ST-HY-TL-PX2,Dự bị,2026-03-02,,có,có
                """;
        var accepted = provincial.postRaw("/api/v1/imports?kind=members", "text/csv", csv, 202);
        String importPath = "/api/v1/imports/" + Api.read(accepted).path("id").asText();
        JsonNode done = provincial.getUntil(importPath, answer -> List.of("COMPLETED", "FAILED").contains(answer.path("state").asText()),
                PATIENCE, "imported");
        assertEquals("COMPLETED", done.path("state").asText(), done.toString());
        assertEquals(8, done.path("rowsImported").asInt(), done.toString());

        for (JsonNode member : provincial.get("/api/v1/members?limit=100&cellId=" + story.org("ST-HY-TL-PX1")).path("items")) {
            story.members.put(member.path("fullName").asText(), UUID.fromString(member.path("id").asText()));
        }
        for (JsonNode member : provincial.get("/api/v1/members?limit=100&cellId=" + story.org("ST-HY-TL-PX2")).path("items")) {
            story.members.put(member.path("fullName").asText(), UUID.fromString(member.path("id").asText()));
        }
        assertEquals(8, story.members.size(), story.members.toString());

        story.members.put("Ngô Văn Tâm", member(provincial, "Ngô Văn Tâm", "033068000009", "1968-02-14", "MALE", "KINH",
                "ST-HY-TL-PX1", "Thôn Đông", "2010-06-01"));
        story.members.put("Lò Văn Páo", member(provincial, "Lò Văn Páo", "033076000010", "1976-10-10", "MALE", "THAI",
                "ST-HY-TL-PX2", "Bản Suối Cỏ", "2011-06-01"));
    }

    @Test
    @Order(3)
    void theYouthUnionAndTheTradeUnionNominateCandidatesAndTheCellsListThem() {
        Api cellA = system.as(CANDIDATE, "cell", story.org("ST-HY-TL-PX1"));
        Api cellB = system.as(CANDIDATE, "cell", story.org("ST-HY-TL-PX2"));
        nominate(cellA, "Nguyễn Thị An", "001300123456", "2000-05-10", "FEMALE", "KINH", "NONE", "UNIVERSITY", "STUDENT",
                true, false, "YOUTH_UNION", "Đoàn xã Tân Lập", "ST-HY-TL-PX1", "Thôn Đông");
        nominate(cellA, "Triệu Văn Bình", "033085000111", "1985-03-02", "MALE", "TAY", "BUDDHISM", "COLLEGE",
                "PRIVATE_ENTERPRISE_WORKER", false, true, "TRADE_UNION", "Công đoàn Công ty May Tân Lập", "ST-HY-TL-PX1", "Thôn Đông");
        nominate(cellA, "Phạm Thị Chi", "001198000222", "1998-07-21", "FEMALE", "KINH", "CATHOLICISM", "UNIVERSITY",
                "PRIVATE_ENTERPRISE_WORKER", true, true, "YOUTH_UNION", "Đoàn Công ty May Tân Lập", "ST-HY-TL-PX1", null);
        nominate(cellA, "Đặng Văn Dũng", "001090000333", "1990-12-01", "MALE", "KINH", "NONE", "INTERMEDIATE",
                "PRIVATE_ENTERPRISE_WORKER", false, true, "TRADE_UNION", "Công đoàn Công ty May Tân Lập", "ST-HY-TL-PX1", null);
        nominate(cellA, "Hà Thị Giang", "001303000444", "2003-04-10", "FEMALE", "MUONG", "NONE", "COLLEGE",
                "PRIVATE_ENTERPRISE_WORKER", true, true, "YOUTH_UNION", "Đoàn Công ty May Tân Lập", "ST-HY-TL-PX1", "Thôn Đông");
        nominate(cellB, "Mai Văn Em", "001202000555", "2002-01-25", "MALE", "KINH", "NONE", "UNIVERSITY", "STUDENT",
                true, false, "YOUTH_UNION", "Đoàn xã Tân Lập", "ST-HY-TL-PX2", null);

        for (var candidate : story.candidates.entrySet()) {
            Api cell = candidate.getKey().equals("Mai Văn Em") ? cellB : cellA;
            JsonNode listed = cell.post("/api/v1/candidates/" + candidate.getValue() + "/listing", body().put("resolutionDate", LISTED.toString()), 200);
            assertEquals("LISTED", listed.path("status").asText(), listed.toString());
        }
    }

    @Test
    @Order(4)
    void theCellGivesHelpersAndATrialTask() {
        Api cellA = system.as(CANDIDATE, "cell", story.org("ST-HY-TL-PX1"));
        for (String name : List.of("Nguyễn Thị An", "Triệu Văn Bình")) {
            // candidate-service learns the roll from admission's events: asked again until it knows the helper
            cellA.postWhenKnown("/api/v1/candidates/" + story.candidate(name) + "/helpers",
                    body().put("memberId", story.member("Nguyễn Văn Hùng").toString()).put("assignedOn", HELPERS.toString()), 201, PATIENCE);
        }
        JsonNode task = cellA.post("/api/v1/candidates/" + story.candidate("Nguyễn Thị An") + "/trial-tasks", body()
                .put("description", "Phụ trách phong trào thanh niên tình nguyện của thôn Đông trong 5 tuần")
                .put("assignedOn", HELPERS.toString()).put("dueOn", TASK_DUE.toString()), 201);
        JsonNode evaluated = cellA.post("/api/v1/candidates/" + story.candidate("Nguyễn Thị An") + "/trial-tasks/" + task.path("id").asText()
                + "/evaluation", body().put("result", "GOOD").put("comment", "Hoàn thành tốt").put("evaluatedOn", TASK_EVALUATED.toString()), 200);
        assertEquals("GOOD", evaluated.path("result").asText(), evaluated.toString());
    }

    @Test
    @Order(5)
    void anAwarenessClassCertifiesFiveAfterAFailedCheckAnEssayAndARetake() {
        Api trainer = system.as(TRAINING, "trainer", story.org("ST-HY-TL"));
        JsonNode scheduled = trainer.post("/api/v1/classes", body().put("kind", "AWARENESS").put("organiserId", story.org("ST-HY-TL").toString())
                .put("title", "Lớp bồi dưỡng nhận thức về Đảng khóa 3/2024").put("startsOn", CLASS_STARTS.toString())
                .put("endsOn", CLASS_ENDS.toString()).put("capacity", 30).put("plannedSessions", 5).put("checkRequired", true), 201);
        story.awarenessClass = UUID.fromString(scheduled.path("id").asText());
        String path = "/api/v1/classes/" + story.awarenessClass;
        List<String> trainees = List.of("Nguyễn Thị An", "Triệu Văn Bình", "Phạm Thị Chi", "Đặng Văn Dũng", "Hà Thị Giang");
        var present = Api.JSON.createArrayNode();
        for (String name : trainees) {
            // training-service learns the list from candidate's events
            trainer.postWhenKnown(path + "/enrolments", body().put("personId", story.candidate(name).toString())
                    .put("enrolledOn", ENROLLED.toString()), 201, PATIENCE);
            present.add(story.candidate(name).toString());
        }
        for (int session = 1; session <= 5; session++) {
            trainer.put(path + "/sessions/" + session + "/attendance", body().set("present", present), 200);
        }
        for (String name : trainees) {
            boolean passes = !name.equals("Triệu Văn Bình");
            trainer.post(path + "/enrolments/" + story.candidate(name) + "/check-attempts", body().put("checkedOn", CHECKED.toString())
                    .put("council", "Hội đồng kiểm tra xã Tân Lập").put("passed", passes).put("score", passes ? 8.5 : 4.0), 201);
        }
        String bình = path + "/enrolments/" + story.candidate("Triệu Văn Bình");
        trainer.post(bình + "/essays", body().put("submittedOn", ESSAY_SUBMITTED.toString()), 201);
        trainer.post(bình + "/essay-reviews", body().put("reviewedOn", ESSAY_ACCEPTED.toString()).put("accepted", true).put("note", "Đạt yêu cầu"), 200);
        trainer.post(bình + "/check-attempts", body().put("checkedOn", RETAKE.toString()).put("council", "Hội đồng kiểm tra xã Tân Lập")
                .put("passed", true).put("score", 7.0), 201);

        JsonNode completion = trainer.post(path + "/completion", body().put("completedOn", CERTIFIED.toString()), 200);
        assertEquals(5, completion.path("certified").size(), completion.toString());
    }

    @Test
    @Order(6)
    void theCasesOfTwoThousandTwentyFourGoThroughEveryStep() {
        Api commune = system.as(ADMISSION, "organiser", story.org("ST-HY-TL"));
        Api cellA = system.as(ADMISSION, "cell", story.org("ST-HY-TL-PX1"));
        Api committee = system.as(ADMISSION, "organiser", story.org("ST-HY-TL-MAY"));
        for (var applicant : List.of(
                new Applicant("Nguyễn Thị An", "2000-05-10", "YOUTH_UNION_COMMITTEE", "Trần Thị Lan"),
                new Applicant("Triệu Văn Bình", "1985-03-02", "TRADE_UNION_COMMITTEE", "Lê Văn Minh"),
                new Applicant("Phạm Thị Chi", "1998-07-21", "YOUTH_UNION_COMMITTEE", "Đỗ Thị Mai"))) {
            // admission learns the list from candidate's events and the certificate from training's
            JsonNode opened = cellA.postWhenKnown("/api/v1/admission-cases", body().put("candidateId", story.candidate(applicant.name()).toString())
                    .put("openedOn", OPENED.toString()).put("birthDate", applicant.birthDate()), 201, PATIENCE);
            story.cases.put(applicant.name(), UUID.fromString(opened.path("id").asText()));
            prepareForTheVote(cellA, applicant, OPENED, BACKGROUND, VERIFIED, INTRODUCED, OPINION, LocalDate.of(2024, 11, 29));
        }
        // 7 official members: 5 yes votes are needed (R-VOTE-1)
        cellVote(cellA, "Nguyễn Thị An", CELL_VOTE, 7, 0, "ADOPTED");
        cellVote(cellA, "Phạm Thị Chi", CELL_VOTE, 6, 1, "ADOPTED");
        JsonNode failed = cellVote(cellA, "Triệu Văn Bình", CELL_VOTE, 4, 3, "REJECTED");
        assertEquals("INTRODUCED", failed.path("state").asText(), "a failed cell vote leaves the case where it was: " + failed);
        cellVote(cellA, "Triệu Văn Bình", CELL_RETRY, 6, 1, "ADOPTED");

        committeeVote(committee, "Nguyễn Thị An", COMMITTEE_VOTE, 5, 0, "ADOPTED");
        committeeVote(committee, "Phạm Thị Chi", COMMITTEE_VOTE, 2, 3, "REJECTED");
        JsonNode rejected = committee.post(casePath("Phạm Thị Chi") + "/rejection", body().put("on", REJECTED.toString())
                .put("reason", "Đảng ủy không tán thành"), 200);
        assertEquals("REJECTED", rejected.path("state").asText(), rejected.toString());
        committeeVote(committee, "Triệu Văn Bình", COMMITTEE_RETRY, 4, 1, "ADOPTED");

        for (String name : List.of("Nguyễn Thị An", "Triệu Văn Bình")) {
            JsonNode decided = commune.post(casePath(name) + "/decision", body().put("decidedOn", DECIDED.toString())
                    .put("receivedOn", DECISION_RECEIVED.toString()), 200);
            assertEquals("DECIDED", decided.path("state").asText(), decided.toString());
            JsonNode admitted = cellA.post(casePath(name) + "/ceremony", body().put("heldOn", CEREMONY.toString()), 200);
            assertEquals("PROBATION", admitted.path("state").asText(), admitted.toString());
            assertEquals(PROBATION_ENDS.toString(), admitted.path("probationEndsOn").asText(), admitted.toString());
            story.admittedMembers.put(name, UUID.fromString(admitted.path("memberId").asText()));
        }
    }

    @Test
    @Order(7)
    void probationEndsWithOneRecognitionAndOneStrikeOff() {
        Api cellA = system.as(ADMISSION, "cell", story.org("ST-HY-TL-PX1"));
        Api commune = system.as(ADMISSION, "organiser", story.org("ST-HY-TL"));
        Api trainer = system.as(TRAINING, "trainer", story.org("ST-HY-TL"));
        for (String name : story.admittedMembers.keySet()) {
            cellA.post(casePath(name) + "/probation/helper", body().put("memberId", story.member("Nguyễn Văn Hùng").toString())
                    .put("assignedOn", PROBATION_HELPER.toString()), 200);
        }
        JsonNode scheduled = trainer.post("/api/v1/classes", body().put("kind", "NEW_MEMBER_THEORY").put("organiserId", story.org("ST-HY-TL").toString())
                .put("title", "Lớp lý luận chính trị cho đảng viên mới khóa 1/2025").put("startsOn", THEORY_STARTS.toString())
                .put("endsOn", THEORY_ENDS.toString()).put("capacity", 40).put("plannedSessions", 3), 201);
        story.theoryClass = UUID.fromString(scheduled.path("id").asText());
        String path = "/api/v1/classes/" + story.theoryClass;
        var present = Api.JSON.createArrayNode();
        for (UUID member : story.admittedMembers.values()) {
            // training learns the probationary members from admission's MemberAdmitted
            trainer.postWhenKnown(path + "/enrolments", body().put("personId", member.toString()).put("enrolledOn", THEORY_ENROLLED.toString()), 201, PATIENCE);
            present.add(member.toString());
        }
        for (int session = 1; session <= 3; session++) {
            trainer.put(path + "/sessions/" + session + "/attendance", body().set("present", present), 200);
        }
        JsonNode completion = trainer.post(path + "/completion", body().put("completedOn", THEORY_ENDS.toString()), 200);
        assertEquals(2, completion.path("certified").size(), completion.toString());

        // 7 official members (the two probationary ones do not vote): 5 needed either way
        JsonNode adopted = cellA.postWhenKnown(casePath("Nguyễn Thị An") + "/probation/votes", body().put("votedOn", RECOGNITION_VOTE.toString())
                .put("yes", 7).put("no", 0), 200, PATIENCE);
        assertEquals("RECOGNITION_ADOPTED", adopted.path("state").asText(), adopted.toString());
        JsonNode refused = cellA.postWhenKnown(casePath("Triệu Văn Bình") + "/probation/votes", body().put("votedOn", RECOGNITION_VOTE.toString())
                .put("yes", 1).put("no", 6), 200, PATIENCE);
        assertEquals("RECOGNITION_REFUSED", refused.path("state").asText(), refused.toString());

        JsonNode official = commune.post(casePath("Nguyễn Thị An") + "/probation/decision", body()
                .put("decidedOn", RECOGNITION_DECIDED.toString()).put("outcome", "RECOGNISED"), 200);
        assertEquals("OFFICIAL", official.path("state").asText(), official.toString());
        assertEquals(PROBATION_ENDS.toString(), official.path("officialOn").asText(), "R-DATE-1: ceremony + 12 months: " + official);
        JsonNode struckOff = commune.post(casePath("Triệu Văn Bình") + "/probation/decision", body()
                .put("decidedOn", RECOGNITION_DECIDED.toString()).put("outcome", "STRUCK_OFF").put("reason", "Không đủ tư cách"), 200);
        assertEquals("STRUCK_OFF", struckOff.path("state").asText(), struckOff.toString());
    }

    @Test
    @Order(8)
    void giangsCaseOfTwoThousandTwentySixWaitsForItsDecision() {
        Api cellA = system.as(ADMISSION, "cell", story.org("ST-HY-TL-PX1"));
        Api committee = system.as(ADMISSION, "organiser", story.org("ST-HY-TL-MAY"));
        Applicant giang = new Applicant("Hà Thị Giang", "2003-04-10", "YOUTH_UNION_COMMITTEE", "Vũ Đức Thắng");
        JsonNode opened = cellA.post("/api/v1/admission-cases", body().put("candidateId", story.candidate(giang.name()).toString())
                .put("openedOn", GIANG_OPENED.toString()).put("birthDate", giang.birthDate()), 201);
        story.cases.put(giang.name(), UUID.fromString(opened.path("id").asText()));
        prepareForTheVote(cellA, giang, GIANG_OPENED, GIANG_BACKGROUND, GIANG_VERIFIED, GIANG_INTRODUCED, GIANG_OPINION, LocalDate.of(2026, 6, 30));
        // Nguyễn Thị An is official since 20 December 2025: 8 official members, 6 yes votes needed
        JsonNode voted = cellVote(cellA, giang.name(), GIANG_CELL_VOTE, 8, 0, "ADOPTED");
        assertEquals(GIANG_DECISION_DUE.toString(), voted.path("decisionDue").asText(), "R-SLA-1: 60 working days: " + voted);
        committeeVote(committee, giang.name(), GIANG_COMMITTEE_VOTE, 5, 0, "ADOPTED");
    }

    @Test
    @Order(9)
    void theProvinceAndTheCommuneAreGivenTargets() {
        Api national = system.as(REPORTING, "organiser", NATIONAL_ROOT);
        Api provincial = system.as(REPORTING, "organiser", story.org("ST-HY"));
        // reporting learns the organisations from admission's events: 503 NOT_YET_KNOWN until then
        national.putWhenKnown("/api/v1/targets/" + story.org("ST-HY") + "/2024", body().put("admissions", 4), 200, PATIENCE);
        provincial.putWhenKnown("/api/v1/targets/" + story.org("ST-HY-TL") + "/2024", body().put("admissions", 4), 200, PATIENCE);
        national.putWhenKnown("/api/v1/targets/" + story.org("ST-HY") + "/2026", body().put("admissions", 3), 200, PATIENCE);
        provincial.putWhenKnown("/api/v1/targets/" + story.org("ST-HY-TL") + "/2026", body().put("admissions", 3), 200, PATIENCE);
    }

    @Test
    @Order(10)
    void eachServicesFeedReplaysItsPartOfTheStoryInOrder() {
        EventFeed candidates = EventFeed.readAll(system.as(CANDIDATE, "feed", story.org("ST-HY")));
        EventFeed training = EventFeed.readAll(system.as(TRAINING, "feed", story.org("ST-HY")));
        EventFeed admission = EventFeed.readAll(system.as(ADMISSION, "feed", story.org("ST-HY")));

        assertEquals(List.of("CandidateNominated", "CandidateListed", "HelperAssigned", "TrialTaskAssigned", "TrialTaskEvaluated"),
                candidates.typesAbout(story.candidate("Nguyễn Thị An")));
        assertEquals(List.of("CandidateNominated", "CandidateListed", "HelperAssigned"), candidates.typesAbout(story.candidate("Triệu Văn Bình")));
        assertEquals(List.of("CandidateNominated", "CandidateListed"), candidates.typesAbout(story.candidate("Mai Văn Em")));

        assertEquals(List.of("TrainingClassScheduled", "TrainingClassCompleted"), training.typesAbout(story.awarenessClass));
        assertEquals(List.of("TraineeEnrolled", "AwarenessCheckPassed", "CertificateIssued", "TraineeEnrolled", "CertificateIssued"),
                training.typesAbout(story.candidate("Nguyễn Thị An")));
        assertEquals(List.of("TraineeEnrolled", "AwarenessCheckFailed", "EssayAccepted", "AwarenessCheckPassed", "CertificateIssued",
                "TraineeEnrolled", "CertificateIssued"), training.typesAbout(story.candidate("Triệu Văn Bình")));
        assertEquals(List.of("TraineeEnrolled", "AwarenessCheckPassed", "CertificateIssued"), training.typesAbout(story.candidate("Đặng Văn Dũng")));

        assertEquals(List.of("OrganisationRegistered"), admission.typesAbout(story.org("ST-HY-TL-PX1")));
        assertEquals(List.of("MemberRegistered"), admission.typesAbout(story.member("Nguyễn Văn Hùng")));
        assertEquals(List.of("AdmissionCaseOpened", "CellResolutionAdopted", "CommitteeResolutionAdopted", "AdmissionDecided", "MemberAdmitted",
                "RecognitionVoteAdopted", "MemberRecognised"), admission.typesAbout(story.candidate("Nguyễn Thị An")));
        assertEquals(List.of("AdmissionCaseOpened", "CellResolutionRejected", "CellResolutionAdopted", "CommitteeResolutionAdopted",
                "AdmissionDecided", "MemberAdmitted", "RecognitionVoteFailed", "MemberStruckOff"), admission.typesAbout(story.candidate("Triệu Văn Bình")));
        assertEquals(List.of("AdmissionCaseOpened", "CellResolutionAdopted", "CommitteeResolutionRejected", "AdmissionRejected"),
                admission.typesAbout(story.candidate("Phạm Thị Chi")));
        assertEquals(List.of("AdmissionCaseOpened", "CellResolutionAdopted", "CommitteeResolutionAdopted"),
                admission.typesAbout(story.candidate("Hà Thị Giang")));

        // what the broker holds: every event of the national feeds (reports are caught up when they have applied as many)
        story.feedSizes.put("partydev.candidate.v1", (long) EventFeed.readAll(system.as(CANDIDATE, "feed", NATIONAL_ROOT)).size());
        story.feedSizes.put("partydev.training.v1", (long) EventFeed.readAll(system.as(TRAINING, "feed", NATIONAL_ROOT)).size());
        story.feedSizes.put("partydev.admission.v1", (long) EventFeed.readAll(system.as(ADMISSION, "feed", NATIONAL_ROOT)).size());
    }

    @Test
    @Order(11)
    void achievementAgainstTheTargets() {
        ReportFigures figures = report("achievement", "ST-HY", "period=2024");
        // 2024: An and Bình admitted (ceremony 20 December 2024) of a target of 4 each: 50.00 %
        figures.assertRows("achievement", List.of(
                row("orgCode", "ST-HY", "targetPeriod", "2024", "target", "4", "admitted", "2", "percent", "50.00",
                        "ytdTo", "2024-12-31", "ytdTarget", "4", "ytdAdmitted", "2", "ytdPercent", "50.00"),
                row("orgCode", "ST-HY-TL", "targetPeriod", "2024", "target", "4", "admitted", "2", "percent", "50.00",
                        "ytdTo", "2024-12-31", "ytdTarget", "4", "ytdAdmitted", "2", "ytdPercent", "50.00")));
        // 2026 so far (up to today, 16 November): nobody admitted yet of 3
        report("achievement", "ST-HY-TL", "period=2026").assertRows("achievement", List.of(
                row("orgCode", "ST-HY-TL", "target", "3", "admitted", "0", "percent", "0.00", "ytdTo", TODAY.toString(),
                        "ytdTarget", "3", "ytdAdmitted", "0", "ytdPercent", "0.00"),
                row("orgCode", "ST-HY-TL-MAY", "target", "", "admitted", "0", "percent", "")));
    }

    @Test
    @Order(12)
    void newMembersBrokenDownByEveryCategory() {
        // the two admitted in 2024, as nominated: An (woman, Kinh, no religion, 24 at the ceremony, upper secondary,
        // university, student, Youth Union member, Youth Union) and Bình (man, Tày, Buddhist, 39, upper secondary, college,
        // private-enterprise worker, not in the Youth Union, Trade Union)
        List<NewMember> admitted = List.of(
                new NewMember("FEMALE", "KINH", "NONE", "FROM_18_TO_30", "UPPER_SECONDARY", "UNIVERSITY", "STUDENT", "YES", "YOUTH_UNION"),
                new NewMember("MALE", "MINORITY", "RELIGIOUS", "FROM_31_TO_40", "UPPER_SECONDARY", "COLLEGE", "PRIVATE_ENTERPRISE_WORKER", "NO", "TRADE_UNION"));
        report("new-members", "ST-HY-TL", "period=2024").assertRows("breakdown", NewMember.expectedRows(admitted));
    }

    @Test
    @Order(13)
    void theFunnelPerSourceWithConversionsAndMedians() {
        // September 2024 to October 2026, whole months: everything the story did
        ReportFigures figures = report("funnel", "ST-HY-TL", "from=2024-09-01&to=2026-10-31");
        // working days between the stages (2024 calendar; 2025 with Tết 27–31 January, 7 April, 30 April–2 May,
        // 1–2 September, worked Saturday 26 April): nominated → listed 5 (16 → 23 Sep), listed → enrolled 5 (→ 30 Sep),
        // enrolled → certified 14 (→ 18 Oct), certified → case 11 (→ 4 Nov 2024) for An, Bình, Chi and 401 for Giang
        // (→ 1 Jun 2026): median of 11, 11, 11, 401 = 11; case → admitted 34 (→ 20 Dec 2024) twice; admitted →
        // recognised (decision of 29 Dec 2025) 255
        figures.assertRows("stages", List.of(
                row("stage", "NOMINATED", "count", "6", "conversionPercent", "", "medianWorkingDays", ""),
                row("stage", "LISTED", "count", "6", "conversionPercent", "100.00", "medianWorkingDays", "5.0"),
                row("stage", "TRAINED", "count", "5", "conversionPercent", "83.33", "medianWorkingDays", "5.0"),
                row("stage", "CERTIFIED", "count", "5", "conversionPercent", "100.00", "medianWorkingDays", "14.0"),
                row("stage", "CASE_OPENED", "count", "4", "conversionPercent", "80.00", "medianWorkingDays", "11.0"),
                row("stage", "ADMITTED", "count", "2", "conversionPercent", "50.00", "medianWorkingDays", "34.0"),
                row("stage", "RECOGNISED", "count", "1", "conversionPercent", "50.00", "medianWorkingDays", "255.0")));
        // Youth Union: An, Chi, Giang, Em (Em never trained); Trade Union: Bình, Dũng (Dũng has no case)
        figures.assertContains("by-source", List.of(
                row("source", "YOUTH_UNION", "nominated", "4", "listed", "4", "trained", "3", "certified", "3", "caseOpened", "3",
                        "admitted", "1", "recognised", "1", "conversionPercent", "25.00"),
                row("source", "TRADE_UNION", "nominated", "2", "listed", "2", "trained", "2", "certified", "2", "caseOpened", "1",
                        "admitted", "1", "recognised", "0", "conversionPercent", "50.00"),
                row("source", "WOMENS_UNION", "nominated", "0", "admitted", "0", "conversionPercent", "")));
    }

    @Test
    @Order(14)
    void trainingClassesChecksAndCertificates() {
        // 2024: one awareness class, 5 trainees, 5 certificates; 5 checked, 5 passed, 4 at the first attempt (Bình retook)
        report("training", "ST-HY-TL", "period=2024").assertRows("training", List.of(
                row("kind", "AWARENESS", "classes", "1", "trainees", "5", "certificates", "5", "checked", "5", "passed", "5",
                        "passedFirstAttempt", "4", "passPercent", "100.00", "firstAttemptPassPercent", "80.00"),
                row("kind", "NEW_MEMBER_THEORY", "classes", "0", "trainees", "0", "certificates", "0", "checked", "0")));
        // 2025: the new-member theory class of the two probationary members, without a check
        report("training", "ST-HY-TL", "period=2025").assertRows("training", List.of(
                row("kind", "AWARENESS", "classes", "0", "trainees", "0", "certificates", "0"),
                row("kind", "NEW_MEMBER_THEORY", "classes", "1", "trainees", "2", "certificates", "2", "checked", "0",
                        "passPercent", "")));
    }

    @Test
    @Order(15)
    void coverageOfTheCommune() {
        ReportFigures figures = report("coverage", "ST-HY-TL", null);
        // cell 1: 6 imported + Tâm + An (official since 20 Dec 2025) = 8; cell 2: Sơn, Páo official, Ngọc probationary;
        // Bình was struck off. 11 members, 10 official, of a population of 4,000: 0.275 % → 0.28
        figures.assertContains("members", List.of(
                row("orgCode", "ST-HY-TL", "members", "11", "officials", "10", "population", "4000", "membersPerPopulationPercent", "0.28"),
                row("orgCode", "ST-HY-TL-MAY", "members", "11", "officials", "10")));
        figures.assertRows("areas-without-members", List.of(row("areaName", "Thôn Tây", "members", "0")));
        figures.assertRows("areas-without-cell", List.of(row("areaName", "Bản Suối Cỏ", "members", "1")));
        figures.assertRows("cells-under-5-members", List.of(row("cellCode", "ST-HY-TL-PX2", "members", "3", "officials", "2", "lastAdmittedOn", "")));
        figures.assertRows("cells-under-3-officials", List.of(row("cellCode", "ST-HY-TL-PX2", "members", "3", "officials", "2")));
        // no admission since 16 November 2023: cell 2 only (cell 1 admitted on 20 December 2024)
        figures.assertRows("no-recent-admission", List.of(row("cellCode", "ST-HY-TL-PX2")));
    }

    @Test
    @Order(16)
    void overdueWork() {
        ReportFigures figures = report("overdue", "ST-HY", null);
        figures.assertRows("items", List.of(row("kind", "DECISION", "personId", story.candidate("Hà Thị Giang").toString(),
                "caseId", story.admissionCase("Hà Thị Giang").toString(), "cellCode", "ST-HY-TL-PX1",
                "due", GIANG_DECISION_DUE.toString(), "workingDaysOverdue", Integer.toString(GIANG_DAYS_OVERDUE))));
        figures.assertContains("summary", List.of(row("kind", "DECISION", "count", "1")));
    }

    @Test
    @Order(17)
    void forecastOfTwoThousandTwentySix() {
        // history of the commune: 3 finished cases (An, Bình admitted; Chi rejected) → 66.67 %; 5 certified, 4 with a
        // case → 80.00 %; calendar days case → admission 46 (4 Nov → 20 Dec 2024) twice; certificate → case 17, 17, 17,
        // 591 → median 17. Pipeline today: Giang's open case (1 Jun 2026 + 46 days < 31 Dec) is expected to end by
        // the year's end: 2/3; Dũng waits with a valid certificate, but today + 17 + 46 days is 1 Jan 2027, too late.
        // Expected 0 + 0.67 → 1; the target of 3 leaves a shortfall of 2.
        report("forecast", "ST-HY-TL", "period=2026").assertContains("forecast", List.of(
                row("orgCode", "ST-HY-TL", "target", "3", "admitted", "0", "openCases", "1", "certifiedWaiting", "1",
                        "caseAdmissionPercent", "66.67", "certifiedCasePercent", "80.00", "medianDaysCaseToAdmission", "46",
                        "medianDaysCertifiedToCase", "17", "expected", "1", "shortfall", "2")));
    }

    /** An applicant: date of birth as declared, the mass organisation that introduces, and the introducing member. */
    record Applicant(String name, String birthDate, String organisationIntroducing, String introducingMember) {
    }

    /**
     * A report of an organisation as a viewer of the province reads it, once reporting has applied everything the broker
     * holds (freshness complete, and at least as many events applied per topic as the feeds held after the story), in
     * JSON, CSV and XLSX.
     */
    private ReportFigures report(String name, String orgCode, String period) {
        Api viewer = system.as(REPORTING, "viewer", story.org("ST-HY"));
        String path = "/api/v1/reports/" + name + "?orgId=" + story.org(orgCode) + (period == null ? "" : "&" + period);
        JsonNode json = viewer.getUntil(path, this::caughtUp, PATIENCE, "caught up with " + story.feedSizes);
        return new ReportFigures(name + " " + orgCode, json, viewer.getBytes(path + "&format=csv", "text/csv"),
                viewer.getBytes(path + "&format=xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private boolean caughtUp(JsonNode report) {
        if (!report.path("freshness").path("complete").asBoolean()) {
            return false;
        }
        for (JsonNode topic : report.path("freshness").path("topics")) {
            long applied = 0;
            for (JsonNode position : topic.path("applied")) {
                applied += position.asLong();
            }
            if (applied < story.feedSizes.getOrDefault(topic.path("topic").asText(), Long.MAX_VALUE)) {
                return false;
            }
        }
        return true;
    }

    private void prepareForTheVote(Api cell, Applicant applicant, LocalDate opened, LocalDate background, LocalDate verified,
                                   LocalDate introduced, LocalDate opinion, LocalDate verificationDue) {
        String path = casePath(applicant.name());
        cell.post(path + "/application", body().put("receivedOn", opened.toString()), 200);
        cell.post(path + "/background", body().put("declaredOn", background.toString()), 200);
        JsonNode task = cell.post(path + "/verification-tasks", body().put("subject", "APPLICANT").put("createdOn", background.toString())
                .put("dueOn", verificationDue.toString()), 201);
        cell.post(path + "/verification-tasks/" + task.path("id").asText() + "/completion", body().put("completedOn", verified.toString()), 200);
        cell.post(path + "/introductions", body().put("kind", applicant.organisationIntroducing()).put("introducedOn", introduced.toString()), 201);
        cell.post(path + "/introductions", body().put("kind", "OFFICIAL_MEMBER").put("memberId", story.member(applicant.introducingMember()).toString())
                .put("knownSince", "2022-01-03").put("introducedOn", introduced.toString()), 201);
        String giver = applicant.organisationIntroducing().startsWith("YOUTH") ? "YOUTH_UNION" : "TRADE_UNION";
        cell.post(path + "/opinions", body().put("giver", giver).put("givenOn", opinion.toString()).put("favourable", true)
                .put("summary", "Tán thành"), 201);
    }

    private JsonNode cellVote(Api cell, String name, LocalDate on, int yes, int no, String resolution) {
        JsonNode voted = cell.post(casePath(name) + "/cell-votes", body().put("votedOn", on.toString()).put("yes", yes).put("no", no)
                .put("resolution", resolution), 200);
        if (resolution.equals("ADOPTED")) {
            assertEquals("CELL_ADOPTED", voted.path("state").asText(), voted.toString());
        }
        return voted;
    }

    private void committeeVote(Api committee, String name, LocalDate on, int yes, int no, String resolution) {
        JsonNode voted = committee.post(casePath(name) + "/committee-votes", body().put("votedOn", on.toString()).put("members", 5)
                .put("yes", yes).put("no", no).put("resolution", resolution), 200);
        if (resolution.equals("ADOPTED")) {
            assertEquals("COMMITTEE_ADOPTED", voted.path("state").asText(), voted.toString());
        }
    }

    private String casePath(String name) {
        return "/api/v1/admission-cases/" + story.admissionCase(name);
    }

    private UUID register(Api api, UUID parent, String code, String name, String kind, boolean decides, Integer population) {
        ObjectNode request = body().put("parentId", parent.toString()).put("code", code).put("name", name).put("kind", kind)
                .put("mayDecideAdmission", decides).put("validFrom", FOUNDED.toString());
        if (population != null) {
            request.put("population", population);
        }
        UUID id = UUID.fromString(api.post("/api/v1/organisations", request, 201).path("id").asText());
        story.organisations.put(code, id);
        return id;
    }

    private UUID area(Api api, UUID commune, String kind, String name, boolean disadvantaged, UUID coveringCell, int population) {
        ObjectNode request = body().put("communeId", commune.toString()).put("kind", kind).put("name", name)
                .put("disadvantaged", disadvantaged).put("population", population);
        if (coveringCell != null) {
            request.put("coveringCellId", coveringCell.toString());
        }
        return UUID.fromString(api.post("/api/v1/residential-areas", request, 201).path("id").asText());
    }

    private UUID member(Api api, String name, String citizenId, String birthDate, String gender, String ethnicGroup, String cellCode,
                        String area, String entryDate) {
        LocalDate entry = LocalDate.parse(entryDate);
        JsonNode registered = api.post("/api/v1/members", body().put("fullName", name).put("citizenId", citizenId).put("birthDate", birthDate)
                .put("gender", gender).put("ethnicGroup", ethnicGroup).put("religion", "NONE").put("generalEducation", "UPPER_SECONDARY")
                .put("professionalLevel", "INTERMEDIATE").put("occupation", "PRIVATE_ENTERPRISE_WORKER").put("youthUnionMember", false)
                .put("tradeUnionMember", true).put("cellId", story.org(cellCode).toString()).put("residentialAreaId", story.areas.get(area).toString())
                .put("status", "OFFICIAL").put("entryDate", entryDate).put("officialDate", entry.plusYears(1).toString()), 201);
        return UUID.fromString(registered.path("id").asText());
    }

    private void nominate(Api cell, String name, String citizenId, String birthDate, String gender, String ethnicGroup, String religion,
                          String professionalLevel, String occupation, boolean youthUnion, boolean tradeUnion, String source,
                          String nominatedBy, String cellCode, String area) {
        ObjectNode person = body().put("fullName", name).put("birthDate", birthDate).put("gender", gender).put("ethnicGroup", ethnicGroup)
                .put("religion", religion).put("citizenId", citizenId).put("generalEducation", "UPPER_SECONDARY")
                .put("professionalLevel", professionalLevel).put("politicalTheoryLevel", "NONE").put("occupation", occupation)
                .put("workplace", "Công ty Cổ phần May Tân Lập").put("youthUnionMember", youthUnion).put("tradeUnionMember", tradeUnion);
        if (area != null) {
            person.put("residentialAreaId", story.areas.get(area).toString());
        }
        ObjectNode request = body();
        request.set("person", person);
        request.set("nomination", body().put("source", source).put("organisationName", nominatedBy).put("nominatedOn", NOMINATED.toString())
                .put("cellId", story.org(cellCode).toString()));
        // candidate-service learns organisations and residential areas from admission's events
        JsonNode nominated = cell.postWhenKnown("/api/v1/candidates", request, 201, PATIENCE);
        story.candidates.put(name, UUID.fromString(nominated.path("id").asText()));
    }
}
